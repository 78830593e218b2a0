import type { DomainEvent, EventBus } from '@parley/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/**
 * The transactional outbox. Writers add events inside their transaction; after commit the events
 * are published and their rows are deleted in the next transaction that comes along (or by
 * `replay` at start-up, which republishes whatever a crash left behind).
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
    const rows = await insertChunked(trx, events, now);
    return () => {
      this.bus.publish(events);
      this.published.push(...rows);
    };
  }

  /** Publishes every event still in the outbox, oldest first, and deletes it. */
  async replay(): Promise<number> {
    const rows = await this.db.selectFrom('outbox').select(['id', 'payload']).orderBy('id').execute();
    if (rows.length === 0) return 0;
    this.bus.publish(rows.map((row) => JSON.parse(row.payload) as DomainEvent));
    this.published.push(...rows.map((row) => row.id));
    await this.db.transaction().execute((trx) => this.purge(trx));
    return rows.length;
  }

  private async purge(trx: Transaction<Database>): Promise<void> {
    if (this.published.length === 0) return;
    const ids = this.published;
    this.published = [];
    for (let i = 0; i < ids.length; i += 5000) {
      await trx.deleteFrom('outbox').where('id', 'in', ids.slice(i, i + 5000)).execute();
    }
  }
}

async function insertChunked(
  trx: Transaction<Database>,
  events: readonly DomainEvent[],
  now: number,
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < events.length; i += 1000) {
    const rows = await trx
      .insertInto('outbox')
      .values(events.slice(i, i + 1000).map((e) => ({ payload: JSON.stringify(e), created_at: now })))
      .returning('id')
      .execute();
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}
