import type { DomainEvent, EventBus } from '@parley/core';

/**
 * The embedded bus: events reach subscribers synchronously, in publish order. A subscriber that
 * throws is reported and does not stop the others; the outbox already made the event durable.
 */
export function createInProcessBus(onError: (error: unknown) => void = () => undefined): EventBus {
  const handlers = new Set<(event: DomainEvent) => void>();
  return {
    publish(events) {
      for (const event of events) {
        for (const handler of handlers) {
          try {
            handler(event);
          } catch (error) {
            onError(error);
          }
        }
      }
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
}
