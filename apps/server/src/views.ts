import { isActive, peerOf, type Chat, type ChatSummary, type Message } from '@parley/core';
import type { MessageView } from '@parley/contracts';

/** The wire view of a stored message; fields are named alike, so this only picks them. */
export function messageView(message: Message): MessageView {
  return {
    id: message.id,
    chatId: message.chatId,
    seq: message.seq,
    senderId: message.senderId,
    senderDeviceId: message.senderDeviceId,
    type: message.type,
    content: message.content,
    replyToId: message.replyToId,
    forwarded: message.forwarded,
    senderOnly: message.senderOnly,
    automated: message.automated === true,
    createdAt: message.createdAt,
    editedAt: message.editedAt,
    deletedAt: message.deletedAt,
  };
}

export function chatView(chat: Chat) {
  return {
    id: chat.id,
    kind: chat.kind,
    subject: chat.subject,
    description: chat.description,
    photoMediaId: chat.photoMediaId,
    createdBy: chat.createdBy,
    createdAt: chat.createdAt,
    lastSeq: chat.lastSeq,
  };
}

export function chatSummaryView(summary: ChatSummary) {
  return {
    chat: chatView(summary.chat),
    peerId: peerOf(summary.chat, summary.member.accountId),
    active: isActive(summary.member),
    role: summary.member.role,
    settings: summary.settings,
    unreadCount: summary.unreadCount,
    lastMessage: summary.lastMessage === null ? null : messageView(summary.lastMessage),
  };
}
