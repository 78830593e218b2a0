/** Webhook fields Parley raises (contract 5.7). An app receives only the fields it subscribed to. */
export type WebhookField =
  | 'messages'
  | 'message_template_status_update'
  | 'message_template_quality_update'
  | 'account_update'
  | 'phone_number_name_update'
  | 'phone_number_quality_update'
  | 'business_capability_update'
  | 'user_preferences'
  | 'group_lifecycle_update'
  | 'group_participants_update'
  | 'group_settings_update';

/** A Cloud API `value` object, already in wire form (snake_case, string timestamps). */
export type WebhookValue = Readonly<Record<string, unknown>>;

/**
 * One update for the WABA's subscribers: it becomes one `changes[]` item of an `entry` whose id is
 * the WABA. `phoneNumberId` picks the number's callback override, when it has one.
 */
export interface WebhookChange {
  readonly wabaId: string;
  readonly phoneNumberId?: string;
  readonly field: WebhookField;
  readonly value: WebhookValue;
  /** Epoch milliseconds; fields that carry `entry[].time` (template and account updates) set it. */
  readonly time?: number;
}
