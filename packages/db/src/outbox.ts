import type { DomainEvent, EventBus } from '@parley/core';
import type { Kysely, Transaction } from 'kysely';
import { messageFromRow } from './rows.js';
import type { Database } from './schema.js';

/** An event as the outbox keeps it: messages by reference, since the same transaction stored them. */
type StoredEvent =
  | { readonly type: 'message.appended'; readonly messageId: string }
  | Exclude<DomainEvent, { type: 'message.appended' }>;

/**
 * The transactional outbox. A writer adds the events of its transaction as one row; after commit
 * the events are published, and once the subscribers that persist something have finished, the
 * row is deleted by the next transaction that comes along (or by `replay` at start-up, which
 * republishes whatever a crash left behind).
 */
export class Outbox {
  private published: number[] = [];

  constructor(
    private readonly db: Kysely<Database>,
    private readonly bus: EventBus,
  ) {}

  /** Writes events in `trx` and returns a function to call once `trx` has committed. */
  async write(trx: Transaction<Database>, events: readonly DomainEvent[], now: number) {
    await this.purge(trx);
    if (events.length === 0) return () => undefined;
    const stored: StoredEvent[] = events.map((e) =>
      e.type === 'message.appended' ? { type: e.type, messageId: e.message.id } : e,
    );
    const { id } = await trx
      .insertInto('outbox')
      .values({ payload: JSON.stringify(stored), created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return () => {
      // A subscriber that failed to persist leaves the row for `replay` at the next start.
      this.bus.publish(events).then(
        () => this.published.push(id),
        () => undefined,
      );
    };
  }

  /** Publishes every event still in the outbox, oldest first, and deletes it. */
  async replay(): Promise<number> {
    const rows = await this.db.selectFrom('outbox').select(['id', 'payload']).orderBy('id').execute();
    let count = 0;
    for (const row of rows) {
      const events = await this.hydrate(JSON.parse(row.payload) as StoredEvent[]);
      try {
        await this.bus.publish(events);
        this.published.push(row.id);
      } catch {
        // Kept for the next start; the bus has reported the failure.
      }
      count += events.length;
    }
    await this.db.transaction().execute((trx) => this.purge(trx));
    return count;
  }

  private async hydrate(stored: StoredEvent[]): Promise<DomainEvent[]> {
    const ids = stored.flatMap((e) => (e.type === 'message.appended' ? [e.messageId] : []));
    const rows =
      ids.length === 0
        ? []
        : await this.db.selectFrom('messages').selectAll().where('id', 'in', ids).execute();
    const messages = new Map(rows.map((row) => [row.id, messageFromRow(row)]));
    return stored.flatMap((e): DomainEvent[] => {
      if (e.type !== 'message.appended') return [e];
      const message = messages.get(e.messageId);
      return message === undefined ? [] : [{ type: e.type, message }];
    });
  }

  private async purge(trx: Transaction<Database>): Promise<void> {
    if (this.published.length === 0) return;
    const ids = this.published;
    this.published = [];
    await trx.deleteFrom('outbox').where('id', 'in', ids).execute();
  }
}
