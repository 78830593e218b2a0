import { Type, type Static } from '@sinclair/typebox';
import { Strict } from '../common.js';

/**
 * Parley's webhook delivery log on the app node (an extension: Meta has no API to fetch old
 * webhooks). Graph takes form fields as well as JSON, so times are integers or digit strings.
 */
const UnixSeconds = Type.Union([
  Type.Integer({ minimum: 0, maximum: 99_999_999_999 }),
  Type.String({ pattern: '^[0-9]{1,11}$' }),
]);

export const WebhookDeliveryState = Type.Unsafe<'pending' | 'delivered' | 'dead'>({
  type: 'string',
  enum: ['pending', 'delivered', 'dead'],
});

/** `POST /{app-id}/webhook_deliveries/replay`: sends again every batch created in [since, until). */
export const GraphWebhookReplayBody = Type.Object({ since: UnixSeconds, until: UnixSeconds }, Strict);
export type GraphWebhookReplayBody = Static<typeof GraphWebhookReplayBody>;
