import { Type, type Static } from '@sinclair/typebox';
import { Id, PlainText, Strict, Timestamp } from '../common.js';

// Bounded loosely here: the server counts characters as people do (shortcut 1 to 25, text 1 to
// 4096) and says which rule a value broke.
const Shortcut = PlainText({ minLength: 1, maxLength: 100, description: 'Without or with the leading /' });
const ReplyText = PlainText({ minLength: 1, maxLength: 16384 });

export const QuickReplyView = Type.Object({
  id: Id,
  /** Lowercase, without the slash the composer shows in front of it. */
  shortcut: Type.String(),
  text: Type.String(),
  /** An uploaded image, video or document sent with the text. */
  mediaId: Type.Union([Id, Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type QuickReplyView = Static<typeof QuickReplyView>;

export const QuickRepliesResponse = Type.Object({
  /** Sorted by shortcut. */
  quickReplies: Type.Array(QuickReplyView),
  limit: Type.Integer(),
});

export const CreateQuickReplyBody = Type.Object(
  { shortcut: Shortcut, text: ReplyText, mediaId: Type.Optional(Type.Union([Id, Type.Null()])) },
  Strict,
);

/** A null mediaId takes the media off. */
export const UpdateQuickReplyBody = Type.Object(
  {
    shortcut: Type.Optional(Shortcut),
    text: Type.Optional(ReplyText),
    mediaId: Type.Optional(Type.Union([Id, Type.Null()])),
  },
  { ...Strict, minProperties: 1 },
);

export const QuickReplyIdParams = Type.Object({ quickReplyId: Id });
