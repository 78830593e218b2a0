import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../dialect.js';

/** Accounts, devices, contacts, chats, messages, receipts, media and the outbox. */
export function backbone(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('phone', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('about', 'text', (c) => c.notNull())
        .addColumn('photo_media_id', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_seen_at', 'bigint')
        .execute();

      await db.schema
        .createTable('devices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_active_at', 'bigint')
        .addColumn('revoked_at', 'bigint')
        .execute();
      await db.schema.createIndex('devices_by_account').on('devices').column('account_id').execute();

      await db.schema
        .createTable('otp_challenges')
        .addColumn('phone', 'text', (c) => c.primaryKey())
        .addColumn('code_hash', 'text')
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('failed_attempts', 'integer', (c) => c.notNull())
        .addColumn('locked_until', 'bigint')
        .addColumn('sends_window_started_at', 'bigint', (c) => c.notNull())
        .addColumn('sends_in_window', 'integer', (c) => c.notNull())
        .addColumn('last_sent_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('link_requests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('secret_hash', 'text', (c) => c.notNull())
        .addColumn('device_name', 'text', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('approved_account_id', 'text')
        .addColumn('claimed_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('contacts')
        .addColumn('owner_account_id', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('contacts_pk', ['owner_account_id', 'phone'])
        .execute();

      await db.schema
        .createTable('blocks')
        .addColumn('blocker_id', 'text', (c) => c.notNull())
        .addColumn('blocked_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('blocks_pk', ['blocker_id', 'blocked_id'])
        .execute();

      await db.schema
        .createTable('reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('reporter_id', 'text', (c) => c.notNull())
        .addColumn('reported_id', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('message_ids', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('chats')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('direct_key', 'text', (c) => c.unique())
        .addColumn('subject', 'text')
        .addColumn('description', 'text')
        .addColumn('photo_media_id', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_seq', 'integer', (c) => c.notNull())
        .addColumn('last_activity_at', 'bigint', (c) => c.notNull())
        .addColumn('invite_code', 'text', (c) => c.unique())
        .execute();

      await db.schema
        .createTable('chat_members')
        .addColumn('chat_id', 'text', (c) => c.notNull().references('chats.id'))
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('joined_seq', 'integer', (c) => c.notNull())
        .addColumn('left_seq', 'integer')
        .addColumn('delivered_seq', 'integer', (c) => c.notNull())
        .addColumn('read_seq', 'integer', (c) => c.notNull())
        .addColumn('muted_until', 'bigint')
        .addColumn('archived', 'integer', (c) => c.notNull())
        .addColumn('pinned_at', 'bigint')
        .addPrimaryKeyConstraint('chat_members_pk', ['chat_id', 'account_id'])
        .execute();
      await db.schema
        .createIndex('chat_members_by_account')
        .on('chat_members')
        .column('account_id')
        .execute();

      await db.schema
        .createTable('messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('sender_id', 'text', (c) => c.notNull())
        .addColumn('sender_device_id', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('content', 'text')
        .addColumn('reply_to_id', 'text')
        .addColumn('forwarded', 'integer', (c) => c.notNull())
        .addColumn('sender_only', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('edited_at', 'bigint')
        .addColumn('deleted_at', 'bigint')
        .addUniqueConstraint('messages_chat_seq', ['chat_id', 'seq'])
        .execute();

      await db.schema
        .createTable('reactions')
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('emoji', 'text', (c) => c.notNull())
        .addColumn('reacted_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('reactions_pk', ['message_id', 'account_id'])
        .execute();

      await db.schema
        .createTable('receipt_log')
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('up_to_seq', 'integer', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('receipt_log_by_chat')
        .on('receipt_log')
        .columns(['chat_id', 'up_to_seq'])
        .execute();

      await db.schema
        .createTable('hidden_messages')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('hidden_messages_pk', ['account_id', 'chat_id', 'message_id'])
        .execute();

      await db.schema
        .createTable('media')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner_account_id', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('mime_type', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('filename', 'text')
        .addColumn('width', 'integer')
        .addColumn('height', 'integer')
        .addColumn('has_thumbnail', 'integer', (c) => c.notNull())
        .addColumn('thumbnail_sha256', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('outbox')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  };
}
