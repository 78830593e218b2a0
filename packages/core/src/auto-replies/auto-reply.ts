/** Who an automatic reply goes to, as the Business app offers it. */
export const AUDIENCE_MODES = ['everyone', 'not_in_contacts', 'everyone_except', 'only'] as const;
export type AudienceMode = (typeof AUDIENCE_MODES)[number];

export interface Audience {
  readonly mode: AudienceMode;
  /** E.164 numbers: the excluded ones for `everyone_except`, the chosen ones for `only`. */
  readonly phones: readonly string[];
}

/** When the away message applies; a custom window is [start, end) in epoch milliseconds. */
export type AwaySchedule =
  'always' | 'outside_hours' | { readonly custom: { readonly start: number; readonly end: number } };

export interface GreetingSettings {
  readonly enabled: boolean;
  readonly text: string;
  readonly audience: Audience;
}

export interface AwaySettings {
  readonly enabled: boolean;
  readonly text: string;
  readonly schedule: AwaySchedule;
  readonly audience: Audience;
}

export interface AutoReplySettings {
  readonly greeting: GreetingSettings;
  readonly away: AwaySettings;
}

export const AUTO_REPLY_LIMITS = Object.freeze({ text: 4096, phones: 256 });

const everyone: Audience = { mode: 'everyone', phones: [] };

/** What a business has before it sets anything: both replies off, with no text yet. */
export const DEFAULT_AUTO_REPLIES: AutoReplySettings = Object.freeze<AutoReplySettings>({
  greeting: { enabled: false, text: '', audience: everyone },
  away: { enabled: false, text: '', schedule: 'outside_hours', audience: everyone },
});

export type AutoReplyKind = 'greeting' | 'away';

/** A reply the server is to send as the business, in the order the list gives. */
export interface PlannedAutoReply {
  readonly kind: AutoReplyKind;
  readonly businessId: string;
  readonly customerId: string;
  readonly chatId: string;
  readonly text: string;
  /** The customer's message that caused it: replies are derived from it, so resending is idempotent. */
  readonly triggerId: string;
  readonly triggerAt: number;
}
