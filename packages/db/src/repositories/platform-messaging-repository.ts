import type { MessageRef, PlatformMessagingRepository } from '@parley/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** What the Graph send path stores and reads beside the message log. */
export class SqlPlatformMessagingRepository implements PlatformMessagingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async saveCallbackData(messageId: string, data: string, at: number): Promise<void> {
    await this.db
      .insertInto('platform_callback_data')
      .values({ message_id: messageId, data, created_at: at })
      .onConflict((c) => c.column('message_id').doUpdateSet({ data }))
      .execute();
  }

  async callbackDataOf(messageId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('platform_callback_data')
      .select('data')
      .where('message_id', '=', messageId)
      .executeTakeFirst();
    return row?.data;
  }

  async messageRef(messageId: string): Promise<MessageRef | undefined> {
    const row = await this.db
      .selectFrom('messages')
      .select(['id', 'chat_id', 'seq', 'sender_id', 'created_at'])
      .where('id', '=', messageId)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      id: row.id,
      chatId: row.chat_id,
      seq: row.seq,
      senderId: row.sender_id,
      createdAt: Number(row.created_at),
    };
  }

  async lastMessageAt(chatId: string, senderId: string): Promise<number | undefined> {
    // Walks the chat's (chat_id, seq) index from the newest message to the sender's last one.
    const row = await this.db
      .selectFrom('messages')
      .select('created_at')
      .where('chat_id', '=', chatId)
      .where('sender_id', '=', senderId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : Number(row.created_at);
  }
}
