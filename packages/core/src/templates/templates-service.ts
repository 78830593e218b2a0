import type { TemplateContent } from '../messages/index.js';
import { PlatformError, unknownObject, type GraphIds } from '../platform/index.js';
import type { Clock } from '../shared/ports.js';
import {
  applyReview,
  checkDeletable,
  checkEdit,
  CREATION_WINDOW_MS,
  decide,
  NAME_REUSE_BLOCK_MS,
  templateStatusUpdate,
  type OperatorDecision,
  type TemplateStatusChange,
} from './template-lifecycle.js';
import {
  checkSendable,
  renderTemplate,
  type ResolveMedia,
  type TemplateSendInput,
} from './template-rendering.js';
import { DEFAULT_REVIEW_RULES, reviewTemplate, type ReviewRules } from './template-review.js';
import { refuseTemplate, TEMPLATE_SUBCODES } from './template-rules.js';
import { validateTemplate } from './template-validation.js';
import {
  graphComponents,
  type Template,
  type TemplateCreateInput,
  type TemplateEditInput,
} from './template.js';
import {
  templateCursor,
  type TemplateDeletion,
  type TemplateFilters,
  type TemplatePageRequest,
  type TemplateRepository,
} from './ports.js';

export interface TemplateQuotas {
  readonly perWaba: number;
  readonly creationsPerHour: number;
}

export const TEMPLATE_QUOTAS: TemplateQuotas = Object.freeze({
  /** Templates a WABA may have while its portfolio is unverified (contract 4.1). */
  perWaba: 250,
  creationsPerHour: 100,
});

export interface TemplatesDeps {
  readonly templates: TemplateRepository;
  readonly ids: GraphIds;
  readonly clock: Clock;
  readonly review?: ReviewRules;
  readonly quotas?: Partial<TemplateQuotas>;
  /** Told of every status change, for the `message_template_status_update` webhook. */
  readonly onStatusChange?: (change: TemplateStatusChange) => void | Promise<void>;
}

export interface TemplateListPage {
  readonly data: Template[];
  readonly before?: string;
  readonly after?: string;
  /** Whether a page follows `after`: the Graph sends `next` only then. */
  readonly hasNext: boolean;
  readonly hasPrevious: boolean;
}

/**
 * Deletions of a name that has none: an invalid parameter, which the Graph edge answers with
 * HTTP 404, the one exception clients expect (contract 14.1); `missingTemplateName` marks it.
 */
const noSuchName = (name: string) =>
  new PlatformError(100, `Message template "${name}" does not exist`, {
    extra: { missingTemplateName: true },
  });

/** A repository page as the Graph pages it: cursors of the first and last, and which way more lie. */
function listPage(
  { templates, more }: { templates: Template[]; more: boolean },
  page: TemplatePageRequest,
): TemplateListPage {
  const first = templates[0];
  const last = templates.at(-1);
  const backwards = page.after === undefined && page.before !== undefined;
  return {
    data: templates,
    ...(first === undefined ? {} : { before: templateCursor(first) }),
    ...(last === undefined ? {} : { after: templateCursor(last) }),
    hasNext: backwards ? true : more,
    hasPrevious: backwards ? more : page.after !== undefined,
  };
}

export function createTemplatesService(deps: TemplatesDeps) {
  const rules = deps.review ?? DEFAULT_REVIEW_RULES;
  const quotas = { ...TEMPLATE_QUOTAS, ...deps.quotas };

  async function emit(change: TemplateStatusChange | undefined): Promise<void> {
    if (change !== undefined && deps.onStatusChange !== undefined) await deps.onStatusChange(change);
  }

  async function existing(wabaId: string, id: string): Promise<Template> {
    const template = await deps.templates.get(wabaId, id);
    if (template === undefined) throw unknownObject(id);
    return template;
  }

  async function checkQuotas(wabaId: string, now: number): Promise<void> {
    if ((await deps.templates.count(wabaId)) >= quotas.perWaba) {
      throw refuseTemplate(
        `A WhatsApp Business Account has at most ${quotas.perWaba} templates`,
        TEMPLATE_SUBCODES.countLimit,
      );
    }
    if (
      (await deps.templates.countCreatedSince(wabaId, now - CREATION_WINDOW_MS)) >= quotas.creationsPerHour
    ) {
      throw refuseTemplate(
        `A WhatsApp Business Account can create ${quotas.creationsPerHour} templates an hour`,
        TEMPLATE_SUBCODES.countLimit,
      );
    }
  }

  const languageExists = (name: string, language: string) =>
    refuseTemplate(
      `Content in ${language} already exists for the template ${name}`,
      TEMPLATE_SUBCODES.languageExists,
    );

  return {
    /** `POST /{WABA}/message_templates`: validated, reviewed at once, stored. */
    async create(wabaId: string, input: TemplateCreateInput): Promise<Template> {
      const valid = validateTemplate(input);
      const now = deps.clock.now();
      if ((await deps.templates.findByNameLanguage(wabaId, valid.name, valid.language)) !== undefined) {
        throw languageExists(valid.name, valid.language);
      }
      if (await deps.templates.approvedDeletedSince(wabaId, valid.name, now - NAME_REUSE_BLOCK_MS)) {
        throw refuseTemplate(
          `The name ${valid.name} belonged to an approved template deleted less than 30 days ago`,
          TEMPLATE_SUBCODES.nameRecentlyDeleted,
        );
      }
      await checkQuotas(wabaId, now);
      const pending: Template = {
        id: deps.ids.next('template'),
        wabaId,
        ...valid,
        status: 'PENDING',
        rejectedReason: null,
        qualityScore: 'UNKNOWN',
        pauseCount: 0,
        approvedEdits: [],
        createdAt: now,
        updatedAt: now,
      };
      const { template, change } = applyReview(pending, reviewTemplate(valid, rules), now);
      if (!(await deps.templates.create(wabaId, template))) throw languageExists(valid.name, valid.language);
      await emit(change);
      return template;
    },

    async get(wabaId: string, id: string): Promise<Template> {
      return existing(wabaId, id);
    },

    /** The template behind a Graph id, whatever its WABA: the caller checks access. */
    async locate(id: string): Promise<Template | undefined> {
      return deps.templates.getById(id);
    },

    async list(
      wabaId: string,
      filters: TemplateFilters,
      page: TemplatePageRequest,
    ): Promise<TemplateListPage> {
      return listPage(await deps.templates.list(wabaId, filters, page), page);
    },

    /** Every WABA's templates, oldest first: the operator's review queue (`status: ['PENDING']`). */
    async listAll(filters: TemplateFilters, page: TemplatePageRequest): Promise<TemplateListPage> {
      return listPage(await deps.templates.listAll(filters, page), page);
    },

    /**
     * `POST /{TEMPLATE_ID}`: new components replace the old ones whole; the edit goes through
     * review again, so an approved template is PENDING (or decided) afterwards.
     */
    async edit(wabaId: string, id: string, change: TemplateEditInput): Promise<Template> {
      const current = await existing(wabaId, id);
      const now = deps.clock.now();
      const ttl = change.message_send_ttl_seconds ?? current.messageSendTtlSeconds ?? undefined;
      const valid = validateTemplate({
        name: current.name,
        language: current.language,
        category: change.category ?? current.category,
        parameter_format: change.parameter_format ?? current.parameterFormat,
        ...(ttl === undefined ? {} : { message_send_ttl_seconds: ttl }),
        ...(current.subCategory === null ? {} : { sub_category: current.subCategory }),
        components: change.components ?? graphComponents(current.components),
      });
      const approvedEdits = checkEdit(current, valid.category, now);
      const edited: Template = { ...current, ...valid, approvedEdits, updatedAt: now };
      const { template, change: statusUpdate } = applyReview(edited, reviewTemplate(valid, rules), now);
      if (!(await deps.templates.update(wabaId, template))) throw unknownObject(id);
      await emit(statusUpdate);
      return template;
    },

    /** `DELETE /{WABA}/message_templates?name=…[&hsm_id=…]`: every language, or the one id. */
    async delete(wabaId: string, which: TemplateDeletion): Promise<Template[]> {
      let targets: Template[];
      if ('id' in which) {
        const template = await deps.templates.get(wabaId, which.id);
        if (template === undefined || template.name !== which.name) throw unknownObject(which.id);
        targets = [template];
      } else {
        // A name has one template per language: a few dozen at most.
        targets = (await deps.templates.list(wabaId, { name: which.name }, { limit: 1000 })).templates;
        if (targets.length === 0) throw noSuchName(which.name);
      }
      targets.forEach(checkDeletable);
      const now = deps.clock.now();
      const deleted = await deps.templates.delete(wabaId, which, now);
      for (const template of deleted) await emit(templateStatusUpdate(template, now, 'DELETED'));
      return deleted;
    },

    /** The operator's decision: approve, reject, pause, unpause or disable. */
    async decide(wabaId: string, id: string, decision: OperatorDecision): Promise<Template> {
      const current = await existing(wabaId, id);
      const { template, change } = decide(current, decision, deps.clock.now());
      if (!(await deps.templates.update(wabaId, template))) throw unknownObject(id);
      await emit(change);
      return template;
    },

    /**
     * A template send of `POST /{PNID}/messages`, checked against the WABA's APPROVED template and
     * rendered into the stored `template` message content.
     */
    async prepareSend(
      wabaId: string,
      send: TemplateSendInput,
      resolveMedia: ResolveMedia,
    ): Promise<TemplateContent> {
      const template = checkSendable(
        await deps.templates.findByNameLanguage(wabaId, send.name, send.language.code),
        send.name,
        send.language.code,
      );
      return renderTemplate(template, send, resolveMedia);
    },
  };
}

export type TemplatesService = ReturnType<typeof createTemplatesService>;
