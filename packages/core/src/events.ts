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

/**
 * A subscriber that keeps something durable (a webhook queue row, an order) returns a promise;
 * the outbox keeps the events until every such promise has settled, so a crash in between
 * republishes them at start-up instead of losing them.
 */
export type EventHandler = (event: DomainEvent) => void | Promise<void>;

export interface EventBus {
  /** Resolves once every promise the subscribers returned for these events has settled. */
  publish(events: readonly DomainEvent[]): Promise<void>;
  subscribe(handler: EventHandler): () => void;
}
