import { Type, type Static } from '@sinclair/typebox';
import { Id, MAX_SEQ, Nullable, PlainText, Seq, Timestamp } from '../common.js';
import { MessageView } from '../message-content.js';

export const ChatIdParams = Type.Object({ chatId: Id });
export const ChatMemberParams = Type.Object({ chatId: Id, accountId: Id });
export const MessageParams = Type.Object({ chatId: Id, messageId: Id });
export const InviteParams = Type.Object({ inviteCode: Id });

export const ChatView = Type.Object({
  id: Id,
  kind: Type.Union([Type.Literal('direct'), Type.Literal('group')]),
  subject: Nullable(Type.String()),
  description: Nullable(Type.String()),
  photoMediaId: Nullable(Id),
  createdBy: Id,
  createdAt: Timestamp,
  lastSeq: Seq,
});
export type ChatView = Static<typeof ChatView>;

export const ChatSettingsView = Type.Object({
  mutedUntil: Nullable(Timestamp),
  archived: Type.Boolean(),
  pinnedAt: Nullable(Timestamp),
});
export type ChatSettingsView = Static<typeof ChatSettingsView>;

export const MemberView = Type.Object({
  accountId: Id,
  role: Type.Union([Type.Literal('member'), Type.Literal('admin')]),
});
export type MemberView = Static<typeof MemberView>;

export const ChatSummaryView = Type.Object({
  chat: ChatView,
  /** The other account of a direct chat, so a list can name it without another request; null for groups. */
  peerId: Nullable(Id),
  /** False once the account left or was removed: the chat stays, read-only. */
  active: Type.Boolean(),
  role: MemberView.properties.role,
  settings: ChatSettingsView,
  unreadCount: Type.Integer({ minimum: 0 }),
  lastMessage: Nullable(MessageView),
});
export type ChatSummaryView = Static<typeof ChatSummaryView>;

export const ChatDetailsView = Type.Object({
  chat: ChatView,
  members: Type.Array(MemberView),
  settings: ChatSettingsView,
  /** Only admins see the invite code. */
  inviteCode: Nullable(Type.String()),
});
export type ChatDetailsView = Static<typeof ChatDetailsView>;

export const OpenDirectBody = Type.Object({ accountId: Id }, { additionalProperties: false });

export const CreateGroupBody = Type.Object(
  {
    subject: PlainText({ minLength: 1, maxLength: 100 }),
    description: Type.Optional(PlainText({ maxLength: 2048 })),
    photoMediaId: Type.Optional(Id),
    memberIds: Type.Array(Id, { maxItems: 1023 }),
  },
  { additionalProperties: false },
);

export const UpdateGroupBody = Type.Object(
  {
    subject: Type.Optional(PlainText({ minLength: 1, maxLength: 100 })),
    description: Type.Optional(PlainText({ maxLength: 2048 })),
    photoMediaId: Type.Optional(Nullable(Id)),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const AddMembersBody = Type.Object(
  { accountIds: Type.Array(Id, { minItems: 1, maxItems: 1023 }) },
  { additionalProperties: false },
);

export const UpdateSettingsBody = Type.Object(
  {
    mutedUntil: Type.Optional(Nullable(Timestamp)),
    archived: Type.Optional(Type.Boolean()),
    pinned: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const InviteView = Type.Object({ inviteCode: Type.String(), path: Type.String() });
export type InviteView = Static<typeof InviteView>;

export const InvitePreviewView = Type.Object({
  chatId: Id,
  subject: Nullable(Type.String()),
  description: Nullable(Type.String()),
  photoMediaId: Nullable(Id),
  size: Type.Integer({ minimum: 0 }),
});
export type InvitePreviewView = Static<typeof InvitePreviewView>;

export const HistoryQuery = Type.Object(
  {
    // Seqs, bounded as stored: a larger number would reach the database and fail there.
    before: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_SEQ + 1 })),
    after: Type.Optional(Seq),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);

export const HistoryView = Type.Object({
  messages: Type.Array(MessageView),
  reactions: Type.Array(Type.Object({ messageId: Id, accountId: Id, emoji: Type.String() })),
});
export type HistoryView = Static<typeof HistoryView>;

export const ReadBody = Type.Object({ seq: Seq }, { additionalProperties: false });
export const HideBody = Type.Object(
  { messageIds: Type.Array(Id, { minItems: 1, maxItems: 500 }) },
  { additionalProperties: false },
);

export const MessageInfoView = Type.Object({
  receipts: Type.Array(
    Type.Object({
      accountId: Id,
      status: Type.Union([Type.Literal('sent'), Type.Literal('delivered'), Type.Literal('read')]),
      at: Timestamp,
    }),
  ),
});
export type MessageInfoView = Static<typeof MessageInfoView>;
