import { webhookError, type WebhookChange, type WebhookField } from '../webhooks/index.js';
import type { GroupEvent, Participant } from './platform-groups.js';
import type { PlatformNumber } from './platform.js';

const FIELD_OF: Record<GroupEvent['type'], WebhookField> = {
  group_create: 'group_lifecycle_update',
  group_delete: 'group_lifecycle_update',
  group_participants_add: 'group_participants_update',
  group_participants_remove: 'group_participants_update',
  group_settings_update: 'group_settings_update',
};

const participants = (list: readonly Participant[] | undefined) =>
  list === undefined || list.length === 0 ? undefined : list.map((p) => ({ input: p.input, wa_id: p.waId }));

/**
 * A group event as the Cloud API's group webhooks show it (contract 10.1). The caller gives the
 * group's Graph id and invite link, whose encodings belong to the edge.
 */
export function groupWebhookChange(
  number: PlatformNumber,
  event: GroupEvent,
  graph: { groupId: string; inviteLink?: string },
): WebhookChange {
  const item = {
    timestamp: String(Math.floor(event.at / 1000)),
    group_id: graph.groupId,
    type: event.type,
    request_id: event.requestId,
    subject: event.subject,
    description: event.description,
    invite_link: graph.inviteLink,
    join_approval_mode: event.joinApprovalMode,
    added_participants: participants(event.added),
    removed_participants: participants(event.removed),
    failed_participants:
      event.failed === undefined || event.failed.length === 0
        ? undefined
        : event.failed.map((f) => ({
            input: f.input,
            wa_id: f.waId,
            errors: [
              webhookError({ code: f.error.graphCode, title: f.error.title, details: f.error.message }),
            ],
          })),
    initiated_by: 'business',
  };
  return {
    wabaId: number.wabaId,
    phoneNumberId: number.id,
    field: FIELD_OF[event.type],
    value: {
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: number.phone.replace(/^\+/, ''), phone_number_id: number.id },
      groups: [Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined))],
    },
  };
}
