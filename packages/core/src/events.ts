import type { Message } from './messages/message.js';

/**
 * What happened, written to the outbox in the transaction that made it happen and published to
 * subscribers (delivery, later webhooks and analytics) after commit. Delivery is at least once:
 * subscribers must be idempotent.
 */
export type DomainEvent =
  | { readonly type: 'message.appended'; readonly message: Message }
  | {
      readonly type: 'receipt.advanced';
      readonly chatId: string;
      readonly accountId: string;
      readonly deliveredSeq: number;
      readonly readSeq: number;
      /** The watermarks before this advance: senders in between are the ones to tell. */
      readonly previous: { readonly deliveredSeq: number; readonly readSeq: number };
      readonly at: number;
    };

export interface EventBus {
  publish(events: readonly DomainEvent[]): void;
  subscribe(handler: (event: DomainEvent) => void): () => void;
}
