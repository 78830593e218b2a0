import type { DomainEvent, EventBus, EventHandler } from '@parley/core';

/**
 * The embedded bus: events reach subscribers synchronously, in publish order. A subscriber that
 * throws or rejects is reported and does not stop the others. A rejection also rejects `publish`,
 * so the outbox keeps the events for the next start instead of forgetting them.
 */
export function createInProcessBus(onError: (error: unknown) => void = () => undefined): EventBus {
  const handlers = new Set<EventHandler>();
  return {
    publish(events: readonly DomainEvent[]): Promise<void> {
      let pending: Promise<void>[] | undefined;
      for (const event of events) {
        for (const handler of handlers) {
          try {
            const result = handler(event);
            if (result !== undefined) (pending ??= []).push(result);
          } catch (error) {
            onError(error);
          }
        }
      }
      if (pending === undefined) return Promise.resolve();
      return Promise.allSettled(pending).then((results) => {
        const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
        failures.forEach(onError);
        if (failures.length > 0)
          throw new Error(`${failures.length} subscriber(s) failed to handle the events`);
      });
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
}
