import { Type, type Static, type TProperties } from '@sinclair/typebox';
import { Id, PlainText, Seq, Timestamp } from './common.js';

const Caption = Type.String({ maxLength: 1024 });
/** Content is stored as sent, so it admits no property the schema does not name. */
const Strict = <T extends TProperties>(properties: T) =>
  Type.Object(properties, { additionalProperties: false });
const Media = { mediaId: Id, caption: Type.Optional(Caption) };

const ContactCard = Strict({
  name: Type.Object(
    { formatted_name: Type.String({ minLength: 1, maxLength: 256 }) },
    { additionalProperties: Type.String({ maxLength: 256 }), maxProperties: 8 },
  ),
  phones: Type.Optional(
    Type.Array(
      Strict({
        phone: Type.String({ minLength: 1, maxLength: 32 }),
        type: Type.Optional(Type.String({ maxLength: 16 })),
        wa_id: Type.Optional(Type.String({ maxLength: 32 })),
      }),
      { maxItems: 20 },
    ),
  ),
  emails: Type.Optional(
    Type.Array(
      Strict({
        email: Type.String({ minLength: 1, maxLength: 256 }),
        type: Type.Optional(Type.String({ maxLength: 16 })),
      }),
      { maxItems: 20 },
    ),
  ),
});

/** Each client-sendable message type with its content. */
export const ClientContent = Type.Union([
  Type.Object({
    type: Type.Literal('text'),
    content: Strict({ body: Type.String({ minLength: 1, maxLength: 4096 }) }),
  }),
  Type.Object({ type: Type.Literal('image'), content: Strict(Media) }),
  Type.Object({ type: Type.Literal('video'), content: Strict(Media) }),
  Type.Object({
    type: Type.Literal('audio'),
    content: Strict({ mediaId: Id, voice: Type.Optional(Type.Boolean()) }),
  }),
  Type.Object({
    type: Type.Literal('document'),
    content: Strict({ ...Media, filename: Type.Optional(Type.String({ minLength: 1, maxLength: 240 })) }),
  }),
  Type.Object({ type: Type.Literal('sticker'), content: Strict({ mediaId: Id }) }),
  Type.Object({
    type: Type.Literal('location'),
    content: Strict({
      latitude: Type.Number({ minimum: -90, maximum: 90 }),
      longitude: Type.Number({ minimum: -180, maximum: 180 }),
      name: Type.Optional(Type.String({ maxLength: 256 })),
      address: Type.Optional(Type.String({ maxLength: 512 })),
    }),
  }),
  Type.Object({
    type: Type.Literal('contacts'),
    content: Strict({ contacts: Type.Array(ContactCard, { minItems: 1, maxItems: 20 }) }),
  }),
  Type.Object({
    type: Type.Literal('reaction'),
    content: Strict({ targetId: Id, emoji: Type.String({ maxLength: 32 }) }),
  }),
  Type.Object({
    type: Type.Literal('edit'),
    content: Strict({ targetId: Id, body: Type.String({ maxLength: 4096 }) }),
  }),
  Type.Object({ type: Type.Literal('revoke'), content: Strict({ targetId: Id }) }),
  /** A cart sent to the business of a direct chat; the server adds names, prices and the total. */
  Type.Object({
    type: Type.Literal('order'),
    content: Strict({
      businessId: Type.Optional(Id),
      items: Type.Array(Strict({ productId: Id, quantity: Type.Integer({ minimum: 1, maximum: 999 }) }), {
        minItems: 1,
        maxItems: 100,
      }),
      note: Type.Optional(PlainText({ maxLength: 1000 })),
    }),
  }),
  /** One product of a business's catalog, or the whole catalog without `productId`. */
  Type.Object({
    type: Type.Literal('product'),
    content: Strict({ businessId: Id, productId: Type.Optional(Id) }),
  }),
]);
export type ClientContent = Static<typeof ClientContent>;

const SendOptions = {
  /** Chosen by the client so a resend after a lost acknowledgement is not stored twice. */
  id: Type.Optional(Id),
  replyToId: Type.Optional(Id),
  forwarded: Type.Optional(Type.Boolean()),
};

/** The REST body of a send: the chat is in the path. */
export const SendMessageBody = Type.Intersect([Type.Object(SendOptions), ClientContent]);
export type SendMessageBody = Static<typeof SendMessageBody>;

/** What a client sends over WebSocket. */
export const SendMessage = Type.Intersect([Type.Object({ chatId: Id, ...SendOptions }), ClientContent]);
export type SendMessage = Static<typeof SendMessage>;

/** A stored message as clients see it. `content` is null once deleted for everyone. */
export const MessageView = Type.Object({
  id: Id,
  chatId: Id,
  seq: Seq,
  senderId: Id,
  senderDeviceId: Type.Union([Id, Type.Null()]),
  type: Type.String(),
  content: Type.Unknown(),
  replyToId: Type.Union([Id, Type.Null()]),
  forwarded: Type.Boolean(),
  senderOnly: Type.Boolean(),
  /** True for a greeting or away message the server sent for the business. */
  automated: Type.Optional(Type.Boolean()),
  createdAt: Timestamp,
  editedAt: Type.Union([Timestamp, Type.Null()]),
  deletedAt: Type.Union([Timestamp, Type.Null()]),
});
export type MessageView = Static<typeof MessageView>;
