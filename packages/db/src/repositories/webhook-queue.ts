import type {
  AttemptOutcome,
  EndpointKey,
  NewWebhookBatch,
  WebhookBatch,
  WebhookBatchState,
  WebhookDelivery,
  WebhookQueue,
} from '@parley/core';
import {
  sql,
  SqliteAdapter,
  type ExpressionBuilder,
  type Kysely,
  type Selectable,
  type Transaction,
} from 'kysely';
import { promisify } from 'node:util';
import { deflate, inflate } from 'node:zlib';
import { GroupCommit } from '../group-commit.js';
import { insertRows } from '../insert-rows.js';
import type { Database, WebhookBatchesTable } from '../schema.js';

// A literal, not a parameter: the planners use the partial indexes only for a matching constant.
const PENDING = sql.lit('pending');

/** Not being POSTed right now, or the node that took it stopped answering for it. */
const notLeased = (now: number) => (eb: ExpressionBuilder<Database, 'webhook_batches'>) =>
  eb.or([eb('leased_until', 'is', null), eb('leased_until', '<=', now)]);

const DELIVERY_COLUMNS = [
  'id',
  'app_id',
  'url',
  'waba_id',
  'event_count',
  'state',
  'attempts',
  'next_attempt_at',
  'first_attempt_at',
  'last_status',
  'last_error',
  'created_at',
  'delivered_at',
] as const;

type DeliveryRow = Omit<Selectable<WebhookBatchesTable>, 'leased_until'>;

const deliveryFromRow = (row: DeliveryRow): WebhookDelivery => ({
  id: row.id,
  appId: row.app_id,
  url: row.url,
  wabaId: row.waba_id,
  eventCount: row.event_count,
  state: row.state as WebhookBatchState,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  firstAttemptAt: row.first_attempt_at,
  lastStatus: row.last_status,
  lastError: row.last_error,
  createdAt: row.created_at,
  deliveredAt: row.delivered_at,
});

const batchFromRow = (row: DeliveryRow & { body: string }): WebhookBatch => ({
  ...deliveryFromRow(row),
  body: row.body,
});

const deflated = promisify(deflate);
const inflated = promisify(inflate);
// Level 1: nearly the ratio of the default at a fraction of the time, on the thread pool.
const pack = (body: string) => deflated(body, { level: 1 });
// Bodies are escaped to ASCII before they are stored, so latin1 decodes them exactly, and faster.
const unpack = async (body: Buffer) => (await inflated(body)).toString('latin1');

/**
 * The webhook queue and delivery log in `webhook_batches`, bodies in `webhook_batch_bodies`.
 * Attempts are recorded through a group commit: a transaction per turn, not per POST.
 */
export class SqlWebhookQueue implements WebhookQueue {
  private readonly sqlite: boolean;
  private readonly settles: GroupCommit<{ batchId: string; outcome: AttemptOutcome }, true>;

  constructor(private readonly db: Kysely<Database>) {
    this.sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    this.settles = new GroupCommit(async (items) => {
      await this.db.transaction().execute(async (trx) => {
        for (const { batchId, outcome } of items) await this.settleIn(trx, batchId, outcome);
      });
      return items.map(() => true as const);
    });
  }

  async enqueue(batches: readonly NewWebhookBatch[]): Promise<void> {
    if (batches.length === 0) return;
    const bodies = await Promise.all(batches.map((batch) => pack(batch.body)));
    await this.db.transaction().execute(async (trx) => {
      await insertRows(
        trx,
        'webhook_batches',
        batches.map((batch) => ({
          id: batch.id,
          app_id: batch.appId,
          url: batch.url,
          waba_id: batch.wabaId,
          event_count: batch.eventCount,
          state: 'pending',
          attempts: 0,
          next_attempt_at: batch.createdAt,
          first_attempt_at: null,
          last_status: null,
          last_error: null,
          created_at: batch.createdAt,
          delivered_at: null,
        })),
      );
      await insertRows(
        trx,
        'webhook_batch_bodies',
        batches.map((batch, i) => ({ id: batch.id, body: bodies[i]! })),
      );
    });
  }

  async dueEndpoints(now: number, limit: number): Promise<EndpointKey[]> {
    const rows = await this.db
      .selectFrom('webhook_batches')
      .select(['app_id', 'url', (eb) => eb.fn.min('next_attempt_at').as('due')])
      .where('state', '=', PENDING)
      .where('next_attempt_at', '<=', now)
      .where(notLeased(now))
      .groupBy(['app_id', 'url'])
      .orderBy('due')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ appId: row.app_id, url: row.url }));
  }

  async claim(
    endpoint: EndpointKey,
    now: number,
    limit: number,
    leaseUntil: number,
  ): Promise<WebhookBatch[]> {
    const claimed = await this.db.transaction().execute(async (trx) => {
      let query = trx
        .selectFrom('webhook_batches')
        .select(DELIVERY_COLUMNS)
        .where('state', '=', PENDING)
        .where('app_id', '=', endpoint.appId)
        .where('url', '=', endpoint.url)
        .where('next_attempt_at', '<=', now)
        .where(notLeased(now))
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(limit);
      // Several nodes claim from one PostgreSQL table; SQLite has one writer at a time anyway.
      if (!this.sqlite) query = query.forUpdate().skipLocked();
      const rows = await query.execute();
      if (rows.length === 0) return undefined;
      const ids = rows.map((row) => row.id);
      await trx
        .updateTable('webhook_batches')
        .set({ leased_until: leaseUntil })
        .where('id', 'in', ids)
        .execute();
      return {
        rows,
        bodies: await trx.selectFrom('webhook_batch_bodies').selectAll().where('id', 'in', ids).execute(),
      };
    });
    if (claimed === undefined) return [];
    const bodyOf = new Map(claimed.bodies.map((row) => [row.id, row.body]));
    return Promise.all(
      claimed.rows.map(async (row) => {
        const body = bodyOf.get(row.id);
        return batchFromRow({ ...row, body: body === undefined ? '' : await unpack(body) });
      }),
    );
  }

  async settle(batchId: string, outcome: AttemptOutcome): Promise<void> {
    await this.settles.submit({ batchId, outcome });
  }

  private async settleIn(
    trx: Transaction<Database>,
    batchId: string,
    outcome: AttemptOutcome,
  ): Promise<void> {
    const { next } = outcome;
    await trx
      .updateTable('webhook_batches')
      .set((eb) => ({
        state: next.state,
        attempts: eb('attempts', '+', 1),
        first_attempt_at: eb.fn.coalesce('first_attempt_at', eb.val(outcome.at)),
        next_attempt_at: next.state === 'pending' ? next.at : outcome.at,
        leased_until: null,
        last_status: outcome.status,
        last_error: outcome.error,
        delivered_at: next.state === 'delivered' ? outcome.at : null,
      }))
      .where('id', '=', batchId)
      .where('state', '=', PENDING)
      .execute();
  }

  async expedite(endpoint: EndpointKey, now: number): Promise<number> {
    const result = await this.db
      .updateTable('webhook_batches')
      // Due since they were made, so the backlog goes out in creation order with the new batches.
      .set((eb) => ({ next_attempt_at: eb.ref('created_at') }))
      .where('state', '=', PENDING)
      .where('app_id', '=', endpoint.appId)
      .where('url', '=', endpoint.url)
      .where('next_attempt_at', '>', now)
      .where(notLeased(now))
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async list(
    appId: string,
    page: { readonly before?: string; readonly limit: number; readonly state?: WebhookBatchState },
  ): Promise<WebhookDelivery[]> {
    let query = this.db
      .selectFrom('webhook_batches')
      .select(DELIVERY_COLUMNS)
      .where('app_id', '=', appId)
      .orderBy('id', 'desc')
      .limit(page.limit);
    if (page.before !== undefined) query = query.where('id', '<', page.before);
    if (page.state !== undefined) query = query.where('state', '=', page.state);
    return (await query.execute()).map(deliveryFromRow);
  }

  async get(appId: string, batchId: string): Promise<WebhookBatch | undefined> {
    const row = await this.db
      .selectFrom('webhook_batches')
      .innerJoin('webhook_batch_bodies', 'webhook_batch_bodies.id', 'webhook_batches.id')
      .select(DELIVERY_COLUMNS.map((column) => `webhook_batches.${column}` as const))
      .select('webhook_batch_bodies.body')
      .where('webhook_batches.app_id', '=', appId)
      .where('webhook_batches.id', '=', batchId)
      .executeTakeFirst();
    return row === undefined ? undefined : batchFromRow({ ...row, body: await unpack(row.body) });
  }

  async replay(appId: string, batchId: string, now: number): Promise<boolean> {
    const result = await this.replayWhere(appId, now).where('id', '=', batchId).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async replayRange(
    appId: string,
    range: { readonly from: number; readonly to: number },
    now: number,
  ): Promise<number> {
    const result = await this.replayWhere(appId, now)
      .where('created_at', '>=', range.from)
      .where('created_at', '<', range.to)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async purge(before: number): Promise<number> {
    const result = await this.db
      .deleteFrom('webhook_batches')
      .where('created_at', '<', before)
      .where('state', '!=', PENDING)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** A replayed batch starts over: due now, no attempts, a new 7-day window. */
  private replayWhere(appId: string, now: number) {
    return this.db
      .updateTable('webhook_batches')
      .set({
        state: 'pending',
        attempts: 0,
        next_attempt_at: now,
        leased_until: null,
        first_attempt_at: null,
        delivered_at: null,
      })
      .where('app_id', '=', appId)
      .where('state', '!=', PENDING);
  }
}
