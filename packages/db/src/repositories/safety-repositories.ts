import type { BlockRepository, Report, ReportRepository } from '@parley/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Blocks are read on every direct send, so each blocker's list is cached and kept in step here. */
export class SqlBlockRepository implements BlockRepository {
  private readonly byBlocker = new Map<string, Promise<Set<string>>>();

  constructor(private readonly db: Kysely<Database>) {}

  async isBlocked(blockerId: string, blockedId: string): Promise<boolean> {
    return (await this.blockedBy(blockerId)).has(blockedId);
  }

  async block(blockerId: string, blockedId: string, at: number): Promise<void> {
    await this.db
      .insertInto('blocks')
      .values({ blocker_id: blockerId, blocked_id: blockedId, created_at: at })
      .onConflict((oc) => oc.doNothing())
      .execute();
    (await this.blockedBy(blockerId)).add(blockedId);
  }

  async unblock(blockerId: string, blockedId: string): Promise<void> {
    await this.db
      .deleteFrom('blocks')
      .where('blocker_id', '=', blockerId)
      .where('blocked_id', '=', blockedId)
      .execute();
    (await this.blockedBy(blockerId)).delete(blockedId);
  }

  async list(blockerId: string): Promise<string[]> {
    return [...(await this.blockedBy(blockerId))];
  }

  private blockedBy(blockerId: string): Promise<Set<string>> {
    let blocked = this.byBlocker.get(blockerId);
    if (blocked === undefined) {
      blocked = this.db
        .selectFrom('blocks')
        .select('blocked_id')
        .where('blocker_id', '=', blockerId)
        .execute()
        .then((rows) => new Set(rows.map((row) => row.blocked_id)));
      blocked.catch(() => this.byBlocker.delete(blockerId));
      this.byBlocker.set(blockerId, blocked);
    }
    return blocked;
  }
}

export class SqlReportRepository implements ReportRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(report: Report): Promise<void> {
    await this.db
      .insertInto('reports')
      .values({
        id: report.id,
        reporter_id: report.reporterId,
        reported_id: report.reportedId,
        chat_id: report.chatId,
        reason: report.reason,
        message_ids: JSON.stringify(report.messageIds),
        created_at: report.createdAt,
      })
      .execute();
  }
}
