import type { EventBus, OrderService } from '@parley/core';

/**
 * Turns order messages into order records. The outbox publishes each appended message at least
 * once, also after a crash, and recording is idempotent by message id, so every order message
 * gets exactly one record.
 */
export function startOrderRecording(deps: {
  readonly bus: EventBus;
  readonly orders: OrderService;
  readonly onError: (error: unknown) => void;
}): () => void {
  return deps.bus.subscribe((event) => {
    if (event.type !== 'message.appended' || event.message.type !== 'order') return;
    deps.orders.recordFrom(event.message).catch(deps.onError);
  });
}
