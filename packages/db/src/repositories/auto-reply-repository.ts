import type { AutoReplyRepository, AwaySettings, ChatHistoryBefore, GreetingSettings } from '@parley/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export class SqlAutoReplyRepository implements AutoReplyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async settings(businessId: string): Promise<{ greeting?: GreetingSettings; away?: AwaySettings }> {
    const row = await this.db
      .selectFrom('auto_reply_settings')
      .select(['greeting', 'away'])
      .where('business_account_id', '=', businessId)
      .executeTakeFirst();
    return {
      ...(row?.greeting ? { greeting: JSON.parse(row.greeting) as GreetingSettings } : {}),
      ...(row?.away ? { away: JSON.parse(row.away) as AwaySettings } : {}),
    };
  }

  saveGreeting(businessId: string, greeting: GreetingSettings, at: number): Promise<void> {
    return this.save(businessId, { greeting: JSON.stringify(greeting), updated_at: at });
  }

  saveAway(businessId: string, away: AwaySettings, at: number): Promise<void> {
    return this.save(businessId, { away: JSON.stringify(away), updated_at: at });
  }

  private async save(
    businessId: string,
    values: { greeting?: string; away?: string; updated_at: number },
  ): Promise<void> {
    await this.db
      .insertInto('auto_reply_settings')
      .values({ business_account_id: businessId, greeting: null, away: null, ...values })
      .onConflict((oc) => oc.column('business_account_id').doUpdateSet(values))
      .execute();
  }

  async lastAwayAt(businessId: string, customerId: string): Promise<number | null> {
    const row = await this.db
      .selectFrom('auto_reply_recipients')
      .select('last_away_at')
      .where('business_account_id', '=', businessId)
      .where('customer_account_id', '=', customerId)
      .executeTakeFirst();
    return row === undefined ? null : Number(row.last_away_at);
  }

  async recordAway(businessId: string, customerId: string, at: number): Promise<void> {
    await this.db
      .insertInto('auto_reply_recipients')
      .values({ business_account_id: businessId, customer_account_id: customerId, last_away_at: at })
      .onConflict((oc) =>
        oc
          .columns(['business_account_id', 'customer_account_id'])
          .doUpdateSet({ last_away_at: at })
          .where('auto_reply_recipients.last_away_at', '<', at),
      )
      .execute();
  }

  async historyBefore(
    businessId: string,
    chatId: string,
    customerId: string,
    seq: number,
  ): Promise<ChatHistoryBefore> {
    // Only the business's own chats: another account's chat id reads as an empty history.
    const earlier = this.db
      .selectFrom('messages')
      .innerJoin('chat_members', (join) =>
        join
          .onRef('chat_members.chat_id', '=', 'messages.chat_id')
          .on('chat_members.account_id', '=', businessId),
      )
      .where('messages.chat_id', '=', chatId)
      .where('messages.seq', '<', seq);
    const last = await earlier
      .select('messages.created_at')
      .orderBy('messages.seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const wrote = await earlier
      .select('messages.id')
      .where('messages.sender_id', '=', customerId)
      .where('messages.automated', '=', 0)
      .where('messages.type', 'not in', ['reaction', 'system'])
      .limit(1)
      .executeTakeFirst();
    return {
      lastActivityAt: last === undefined ? null : Number(last.created_at),
      customerWroteBefore: wrote !== undefined,
    };
  }
}
