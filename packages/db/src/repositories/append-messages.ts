import { DomainError, type DomainEvent, type Message, type MessageDraft } from '@parley/core';
import { sql, type Transaction } from 'kysely';
import { messageFromRow, messageToRow } from '../rows.js';
import { insertRows } from '../insert-rows.js';
import type { Database } from '../schema.js';

const INSERT_CHUNK = 500;

/**
 * Appends drafts inside `trx`: skips ids already stored (returning the stored message to the same
 * sender), allocates per-chat sequence numbers with one statement, inserts the messages, applies
 * edits, revokes and reactions to their targets, and returns the events to put in the outbox.
 */
export async function appendMessages(
  trx: Transaction<Database>,
  drafts: readonly MessageDraft[],
  now: number,
): Promise<{ results: (Message | Error)[]; events: DomainEvent[] }> {
  const stored = await storedById(
    trx,
    drafts.map((d) => d.id),
  );
  const results: (Message | Error)[] = new Array(drafts.length);
  const fresh: { index: number; draft: MessageDraft }[] = [];
  const firstIndexOfId = new Map<string, number>();
  drafts.forEach((draft, index) => {
    const existing = stored.get(draft.id);
    if (existing !== undefined) {
      results[index] =
        existing.senderId === draft.senderId
          ? existing
          : new DomainError('conflict', 'Another message already has this id');
    } else if (!firstIndexOfId.has(draft.id)) {
      firstIndexOfId.set(draft.id, index);
      fresh.push({ index, draft });
    }
  });

  const lastSeqs = await allocateSeqs(
    trx,
    fresh.map((f) => f.draft.chatId),
    now,
  );
  const nextSeq = new Map<string, number>();
  for (const [chatId, { last, count }] of lastSeqs) nextSeq.set(chatId, last - count + 1);

  const messages: Message[] = [];
  for (const { index, draft } of fresh) {
    const seq = nextSeq.get(draft.chatId);
    if (seq === undefined) {
      results[index] = new DomainError('not_found', 'No such chat');
      continue;
    }
    nextSeq.set(draft.chatId, seq + 1);
    const { effect: _effect, ...meta } = draft;
    const message = { ...meta, seq, editedAt: null, deletedAt: null } as Message;
    messages.push(message);
    results[index] = message;
  }
  await insertRows(trx, 'messages', messages.map(messageToRow));
  for (const { draft } of fresh) await applyEffect(trx, draft, now);

  // Duplicates inside one batch share the first draft's outcome.
  drafts.forEach((draft, index) => {
    const first = firstIndexOfId.get(draft.id);
    if (results[index] === undefined && first !== undefined) results[index] = results[first]!;
  });
  return { results, events: messages.map((message) => ({ type: 'message.appended', message })) };
}

async function storedById(trx: Transaction<Database>, ids: string[]): Promise<Map<string, Message>> {
  const found = new Map<string, Message>();
  for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
    const rows = await trx
      .selectFrom('messages')
      .selectAll()
      .where('id', 'in', ids.slice(i, i + INSERT_CHUNK))
      .execute();
    for (const row of rows) found.set(row.id, messageFromRow(row));
  }
  return found;
}

/** Bumps each chat's last_seq by its number of new messages in one statement. */
async function allocateSeqs(
  trx: Transaction<Database>,
  chatIds: string[],
  now: number,
): Promise<Map<string, { last: number; count: number }>> {
  const counts = new Map<string, number>();
  for (const chatId of chatIds) counts.set(chatId, (counts.get(chatId) ?? 0) + 1);
  const allocated = new Map<string, { last: number; count: number }>();
  const entries = [...counts];
  for (let i = 0; i < entries.length; i += INSERT_CHUNK) {
    const chunk = entries.slice(i, i + INSERT_CHUNK);
    const increment = sql<number>`case id ${sql.join(
      chunk.map(([chatId, count]) => sql`when ${chatId} then cast(${count} as integer)`),
      sql` `,
    )} end`;
    const rows = await trx
      .updateTable('chats')
      .set((eb) => ({ last_seq: eb('last_seq', '+', increment), last_activity_at: now }))
      .where(
        'id',
        'in',
        chunk.map(([chatId]) => chatId),
      )
      .returning(['id', 'last_seq'])
      .execute();
    for (const row of rows) allocated.set(row.id, { last: row.last_seq, count: counts.get(row.id)! });
  }
  return allocated;
}

async function applyEffect(trx: Transaction<Database>, draft: MessageDraft, now: number): Promise<void> {
  const effect = draft.effect;
  if (effect === null) return;
  switch (effect.kind) {
    case 'edit':
      await trx
        .updateTable('messages')
        .set({ content: JSON.stringify(effect.content.content), edited_at: now })
        .where('id', '=', effect.targetId)
        .execute();
      return;
    case 'revoke':
      await trx
        .updateTable('messages')
        .set({ content: null, deleted_at: now })
        .where('id', '=', effect.targetId)
        .execute();
      await trx.deleteFrom('reactions').where('message_id', '=', effect.targetId).execute();
      return;
    case 'react':
      if (effect.emoji === '') {
        await trx
          .deleteFrom('reactions')
          .where('message_id', '=', effect.targetId)
          .where('account_id', '=', draft.senderId)
          .execute();
        return;
      }
      await trx
        .insertInto('reactions')
        .values({
          message_id: effect.targetId,
          account_id: draft.senderId,
          emoji: effect.emoji,
          reacted_at: now,
        })
        .onConflict((oc) =>
          oc.columns(['message_id', 'account_id']).doUpdateSet({ emoji: effect.emoji, reacted_at: now }),
        )
        .execute();
  }
}
