import type { Chat, ChatKind, Content, Member, MemberRole, Message } from '@parley/core';
import type { Selectable } from 'kysely';
import type { ChatMembersTable, ChatsTable, MessagesTable } from './schema.js';

export type MessageRow = Selectable<MessagesTable>;

export function messageFromRow(row: MessageRow): Message {
  return {
    id: row.id,
    chatId: row.chat_id,
    seq: row.seq,
    senderId: row.sender_id,
    senderDeviceId: row.sender_device_id,
    type: row.type,
    content: row.content === null ? null : JSON.parse(row.content),
    replyToId: row.reply_to_id,
    forwarded: row.forwarded === 1,
    senderOnly: row.sender_only === 1,
    // Present only when set, so messages read back equal the drafts they came from.
    ...(row.automated === 1 ? { automated: true } : {}),
    createdAt: row.created_at,
    editedAt: row.edited_at,
    deletedAt: row.deleted_at,
  } as Message;
}

export function messageToRow(message: Message): MessageRow {
  return {
    id: message.id,
    chat_id: message.chatId,
    seq: message.seq,
    sender_id: message.senderId,
    sender_device_id: message.senderDeviceId,
    type: message.type,
    content: JSON.stringify(message.content satisfies Content['content']),
    reply_to_id: message.replyToId,
    forwarded: message.forwarded ? 1 : 0,
    sender_only: message.senderOnly ? 1 : 0,
    automated: message.automated === true ? 1 : 0,
    created_at: message.createdAt,
    edited_at: message.editedAt,
    deleted_at: message.deletedAt,
  };
}

export function chatFromRow(row: Selectable<ChatsTable>): Chat {
  return {
    id: row.id,
    kind: row.kind as ChatKind,
    directKey: row.direct_key,
    subject: row.subject,
    description: row.description,
    photoMediaId: row.photo_media_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    lastSeq: row.last_seq,
    inviteCode: row.invite_code,
  };
}

export function memberFromRow(
  row: Omit<Selectable<ChatMembersTable>, 'muted_until' | 'archived' | 'pinned_at'>,
): Member {
  return {
    chatId: row.chat_id,
    accountId: row.account_id,
    role: row.role as MemberRole,
    joinedSeq: row.joined_seq,
    leftSeq: row.left_seq,
    deliveredSeq: row.delivered_seq,
    readSeq: row.read_seq,
  };
}
