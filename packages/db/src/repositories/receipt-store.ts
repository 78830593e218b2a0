import {
  advanceWatermark,
  receiptStatusOf,
  type Clock,
  type DomainEvent,
  type ReceiptStatus,
  type ReceiptStore,
  type ReceiptWatermark,
} from '@parley/core';
import type { Kysely } from 'kysely';
import { GroupCommit } from '../group-commit.js';
import type { Outbox } from '../outbox.js';
import { insertRows } from '../insert-rows.js';
import { reusableQuery } from '../reusable-query.js';
import type { Database } from '../schema.js';

interface Advance {
  chatId: string;
  accountId: string;
  status: Exclude<ReceiptStatus, 'sent'>;
  upToSeq: number;
  at: number;
}

interface MemberState {
  delivered_seq: number;
  read_seq: number;
  left_seq: number | null;
  last_seq: number;
}

// Built per store: the compiled SQL belongs to the store's dialect.
const selectMemberQuery = () =>
  reusableQuery((db, chatId: string, accountId: string) =>
    db
      .selectFrom('chat_members as m')
      .innerJoin('chats as c', 'c.id', 'm.chat_id')
      .select(['m.delivered_seq', 'm.read_seq', 'm.left_seq', 'c.last_seq'])
      .where('m.chat_id', '=', chatId)
      .where('m.account_id', '=', accountId),
  );

const updateWatermarkQuery = () =>
  reusableQuery((db, chatId: string, accountId: string, deliveredSeq: number, readSeq: number) =>
    db
      .updateTable('chat_members')
      .set({ delivered_seq: deliveredSeq, read_seq: readSeq })
      .where('chat_id', '=', chatId)
      .where('account_id', '=', accountId),
  );

const keyOf = (a: { chatId: string; accountId: string }) => `${a.chatId}\u0000${a.accountId}`;

/** Receipt watermarks, group-committed like messages: devices acknowledge at message rate. */
export class SqlReceiptStore implements ReceiptStore {
  private readonly commits: GroupCommit<Advance, ReceiptWatermark | null>;
  private readonly selectMember = selectMemberQuery();
  private readonly updateWatermark = updateWatermarkQuery();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {
    this.commits = new GroupCommit((items) => this.flush(items));
  }

  async advance(
    chatId: string,
    accountId: string,
    status: Exclude<ReceiptStatus, 'sent'>,
    upToSeq: number,
    at: number,
  ): Promise<ReceiptWatermark | undefined> {
    return (await this.commits.submit({ chatId, accountId, status, upToSeq, at })) ?? undefined;
  }

  drain(): Promise<void> {
    return this.commits.drain();
  }

  private async flush(items: Advance[]): Promise<(ReceiptWatermark | null)[]> {
    const now = this.clock.now();
    const { moved, afterCommit } = await this.db.transaction().execute(async (trx) => {
      // One indexed lookup per member: cheaper on SQLite than one query with a long OR.
      const current = new Map<string, MemberState>();
      for (const item of new Map(items.map((item) => [keyOf(item), item])).values()) {
        const [row] = await this.selectMember(trx, item.chatId, item.accountId);
        if (row !== undefined) current.set(keyOf(item), row);
      }
      const moved = new Map<string, ReceiptWatermark>();
      const previous = new Map<string, { deliveredSeq: number; readSeq: number }>();
      const log: { chat_id: string; account_id: string; status: string; up_to_seq: number; at: number }[] =
        [];
      for (const item of items) {
        const key = keyOf(item);
        const row = current.get(key);
        if (row === undefined) continue;
        // Nobody acknowledges what does not exist yet, or what they can no longer see.
        const ceiling = Math.min(row.last_seq, row.left_seq ?? Number.MAX_SAFE_INTEGER);
        const before = moved.get(key) ?? { deliveredSeq: row.delivered_seq, readSeq: row.read_seq };
        const next = advanceWatermark(before, item.status, Math.min(item.upToSeq, ceiling));
        if (next === undefined) continue;
        if (!previous.has(key)) previous.set(key, before);
        moved.set(key, { chatId: item.chatId, accountId: item.accountId, ...next });
        if (next.deliveredSeq > before.deliveredSeq) {
          log.push({
            chat_id: item.chatId,
            account_id: item.accountId,
            status: 'delivered',
            up_to_seq: next.deliveredSeq,
            at: item.at,
          });
        }
        if (next.readSeq > before.readSeq) {
          log.push({
            chat_id: item.chatId,
            account_id: item.accountId,
            status: 'read',
            up_to_seq: next.readSeq,
            at: item.at,
          });
        }
      }
      for (const w of moved.values()) {
        await this.updateWatermark(trx, w.chatId, w.accountId, w.deliveredSeq, w.readSeq);
      }
      await insertRows(trx, 'receipt_log', log);
      const events: DomainEvent[] = [...moved].map(([key, w]) => ({
        type: 'receipt.advanced',
        ...w,
        previous: previous.get(key)!,
        at: now,
      }));
      return { moved, afterCommit: await this.outbox.write(trx, events, now) };
    });
    afterCommit();
    return items.map((item) => moved.get(keyOf(item)) ?? null);
  }

  async history(chatId: string, seq: number) {
    const rows = await this.db
      .selectFrom('receipt_log')
      .select(['account_id', 'status', 'at'])
      .where('chat_id', '=', chatId)
      .where('up_to_seq', '>=', seq)
      .orderBy('at', 'asc')
      .execute();
    const members = await this.db
      .selectFrom('chat_members')
      .select(['account_id', 'delivered_seq', 'read_seq', 'joined_seq', 'left_seq'])
      .where('chat_id', '=', chatId)
      .execute();
    const firstAt = new Map<string, number>();
    for (const row of rows) {
      const key = `${row.account_id}:${row.status}`;
      if (!firstAt.has(key)) firstAt.set(key, row.at);
    }
    return members
      .filter((m) => seq > m.joined_seq && (m.left_seq === null || seq <= m.left_seq))
      .map((m) => {
        const status = receiptStatusOf(seq, { deliveredSeq: m.delivered_seq, readSeq: m.read_seq });
        return { accountId: m.account_id, status, at: firstAt.get(`${m.account_id}:${status}`) ?? 0 };
      });
  }
}
