import { refuseTemplate } from './template-rules.js';
import type { ReviewDecision } from './template-review.js';
import type { RejectionReason, Template, TemplateStatus } from './template.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const EDIT_LIMITS = Object.freeze({ perDay: 1, perThirtyDays: 10 });

export type TemplateStatusEvent = 'APPROVED' | 'REJECTED' | 'PENDING' | 'PAUSED' | 'DISABLED' | 'DELETED';

/**
 * A template's status changed. Shaped as the webhooks part's `TemplateStatusInput`, so the
 * composition root hands it to `templateStatusChange(change.wabaId, change, change.at)` as is.
 */
export interface TemplateStatusChange {
  readonly wabaId: string;
  readonly at: number;
  readonly event: TemplateStatusEvent;
  /** Digits; the webhook writes it as a JSON number. */
  readonly templateId: string;
  readonly name: string;
  readonly language: string;
  readonly category: string;
  /** The rejection reason, or NONE. */
  readonly reason: RejectionReason | 'NONE';
  readonly rejectionInfo?: { readonly reason: string; readonly recommendation: string };
  /** Unix seconds, as a string, on DISABLED. */
  readonly disableDate?: string;
  /** FIRST_PAUSE, SECOND_PAUSE, UNPAUSE or DISABLED, on those changes. */
  readonly otherInfo?: { readonly title: string; readonly description: string };
}

export function templateStatusUpdate(
  template: Template,
  at: number,
  event: TemplateStatusEvent,
  extra: Partial<Pick<TemplateStatusChange, 'reason' | 'rejectionInfo' | 'disableDate' | 'otherInfo'>> = {},
): TemplateStatusChange {
  return {
    wabaId: template.wabaId,
    at,
    event,
    templateId: template.id,
    name: template.name,
    language: template.language,
    category: template.category,
    reason: 'NONE',
    ...extra,
  };
}

export type OperatorDecision =
  | { readonly action: 'approve' }
  | { readonly action: 'reject'; readonly reason: RejectionReason; readonly recommendation?: string }
  | { readonly action: 'pause'; readonly description?: string }
  | { readonly action: 'unpause' }
  | { readonly action: 'disable' };

/** Which statuses each operator action starts from. */
const ALLOWED_FROM: Record<OperatorDecision['action'], readonly TemplateStatus[]> = {
  approve: ['PENDING'],
  reject: ['PENDING'],
  pause: ['APPROVED'],
  unpause: ['PAUSED'],
  disable: ['APPROVED', 'PAUSED'],
};

const PAUSE_TITLES = ['FIRST_PAUSE', 'SECOND_PAUSE'] as const;

export interface Transition {
  readonly template: Template;
  readonly change: TemplateStatusChange;
}

function disabled(template: Template, now: number, description: string): Transition {
  const next: Template = { ...template, status: 'DISABLED', rejectedReason: null, updatedAt: now };
  return {
    template: next,
    change: templateStatusUpdate(next, now, 'DISABLED', {
      disableDate: String(Math.floor(now / 1000)),
      otherInfo: { title: 'DISABLED', description },
    }),
  };
}

/**
 * An operator's decision on a template (contract 4.3). Pausing a third time disables it, as Meta
 * did for templates whose quality stayed low.
 */
export function decide(template: Template, decision: OperatorDecision, now: number): Transition {
  if (!ALLOWED_FROM[decision.action].includes(template.status)) {
    throw refuseTemplate(`A ${template.status} template cannot be given the decision "${decision.action}"`);
  }
  switch (decision.action) {
    case 'approve': {
      const next: Template = { ...template, status: 'APPROVED', rejectedReason: null, updatedAt: now };
      return { template: next, change: templateStatusUpdate(next, now, 'APPROVED') };
    }
    case 'reject':
      return rejected(template, now, {
        status: 'REJECTED',
        reason: decision.reason,
        ...(decision.recommendation === undefined
          ? {}
          : { info: { reason: decision.reason, recommendation: decision.recommendation } }),
      });
    case 'pause': {
      if (template.pauseCount >= PAUSE_TITLES.length) {
        return disabled(
          { ...template, pauseCount: template.pauseCount + 1 },
          now,
          decision.description ?? 'Paused too often: the template is disabled.',
        );
      }
      const title = PAUSE_TITLES[template.pauseCount]!;
      const next: Template = {
        ...template,
        status: 'PAUSED',
        pauseCount: template.pauseCount + 1,
        updatedAt: now,
      };
      return {
        template: next,
        change: templateStatusUpdate(next, now, 'PAUSED', {
          otherInfo: {
            title,
            description: decision.description ?? 'The template was paused because of low quality.',
          },
        }),
      };
    }
    case 'unpause': {
      const next: Template = { ...template, status: 'APPROVED', updatedAt: now };
      return {
        template: next,
        change: templateStatusUpdate(next, now, 'APPROVED', {
          otherInfo: { title: 'UNPAUSE', description: 'The template can be sent again.' },
        }),
      };
    }
    case 'disable':
      return disabled(template, now, 'The template was disabled.');
  }
}

function rejected(
  template: Template,
  now: number,
  decision: Extract<ReviewDecision, { status: 'REJECTED' }>,
): Transition {
  const next: Template = { ...template, status: 'REJECTED', rejectedReason: decision.reason, updatedAt: now };
  return {
    template: next,
    change: templateStatusUpdate(next, now, 'REJECTED', {
      reason: decision.reason,
      ...(decision.info === undefined ? {} : { rejectionInfo: decision.info }),
    }),
  };
}

/** A review's decision applied; no change event when the status stays what it was. */
export function applyReview(
  template: Template,
  decision: ReviewDecision,
  now: number,
): Transition | { template: Template; change?: undefined } {
  if (decision.status === 'REJECTED') return rejected(template, now, decision);
  const next: Template = { ...template, status: decision.status, rejectedReason: null, updatedAt: now };
  if (next.status === template.status) return { template: next };
  return { template: next, change: templateStatusUpdate(next, now, decision.status) };
}

const EDITABLE: readonly TemplateStatus[] = ['APPROVED', 'REJECTED', 'PAUSED'];
const WAS_APPROVED: readonly TemplateStatus[] = ['APPROVED', 'PAUSED'];

/**
 * Whether the template may be edited now (contract 4.1): only APPROVED, REJECTED or PAUSED ones;
 * an approved template keeps its category, and is edited at most once a day and ten times in 30 days.
 * Returns the approved-edit times to store, with this edit counted when it is one.
 */
export function checkEdit(template: Template, category: string, now: number): readonly number[] {
  if (!EDITABLE.includes(template.status)) {
    throw refuseTemplate('Only templates with status APPROVED, REJECTED or PAUSED can be edited');
  }
  if (WAS_APPROVED.includes(template.status) && category !== template.category) {
    throw refuseTemplate("An approved template's category cannot be changed");
  }
  const recent = template.approvedEdits.filter((at) => at > now - 30 * DAY);
  if (template.status !== 'APPROVED') return recent;
  if (recent.filter((at) => at > now - DAY).length >= EDIT_LIMITS.perDay) {
    throw refuseTemplate('An approved template can be edited once in 24 hours');
  }
  if (recent.length >= EDIT_LIMITS.perThirtyDays) {
    throw refuseTemplate(`An approved template can be edited ${EDIT_LIMITS.perThirtyDays} times in 30 days`);
  }
  return [...recent, now];
}

/** A disabled template cannot be deleted (contract 4.1). */
export function checkDeletable(template: Template): void {
  if (template.status === 'DISABLED') {
    throw refuseTemplate(
      `The template ${template.name} (${template.language}) is disabled and cannot be deleted`,
    );
  }
}

export const NAME_REUSE_BLOCK_MS = 30 * DAY;
export const CREATION_WINDOW_MS = HOUR;
