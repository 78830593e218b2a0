import type { LabelAssignmentsView, LabelView, QuickReplyView } from '@parley/contracts';
import type { LabelAssignments, LabelWithCounts, QuickReply } from '@parley/core';

export function labelView(label: LabelWithCounts): LabelView {
  return {
    id: label.id,
    name: label.name,
    colour: label.colour,
    predefined: label.predefined,
    chatCount: label.chatCount,
    contactCount: label.contactCount,
    createdAt: label.createdAt,
  };
}

/** Groups assignments by what carries them, the shape the chat list filters by. */
export function labelAssignmentsView(assignments: LabelAssignments): LabelAssignmentsView {
  const chats: Record<string, string[]> = {};
  const contacts: Record<string, string[]> = {};
  for (const { chatId, labelId } of assignments.chats) (chats[chatId] ??= []).push(labelId);
  for (const { phone, labelId } of assignments.contacts) (contacts[phone] ??= []).push(labelId);
  return { chats, contacts };
}

export function quickReplyView(reply: QuickReply): QuickReplyView {
  return {
    id: reply.id,
    shortcut: reply.shortcut,
    text: reply.text,
    mediaId: reply.mediaId,
    createdAt: reply.createdAt,
    updatedAt: reply.updatedAt,
  };
}
