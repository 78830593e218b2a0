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
  /**
   * A tap on a reply button, a list row or a template quick reply of the message `targetId`:
   * `optionId` is the button or row id, or the template button's index; the server stores what it
   * resolves to (`InteractiveReplyContent`).
   */
  Type.Object({
    type: Type.Literal('interactive_reply'),
    content: Strict({ targetId: Id, optionId: Type.String({ minLength: 1, maxLength: 256 }) }),
  }),
]);
export type ClientContent = Static<typeof ClientContent>;

const HeaderText = Strict({ type: Type.Literal('text'), text: Type.String({ minLength: 1, maxLength: 60 }) });
const HeaderMedia = Strict({
  type: Type.Union([Type.Literal('image'), Type.Literal('video'), Type.Literal('document')]),
  mediaId: Id,
  filename: Type.Optional(Type.String({ minLength: 1, maxLength: 240 })),
});
const HttpUrl = Type.String({ minLength: 1, maxLength: 2000, pattern: '^https?://' });

/** What a platform number's `interactive` message holds, as stored (contract 2.4, rendered). */
export const InteractiveContent = Strict({
  kind: Type.Union([Type.Literal('button'), Type.Literal('list'), Type.Literal('cta_url')]),
  header: Type.Optional(Type.Union([HeaderText, HeaderMedia])),
  body: Type.String({ minLength: 1, maxLength: 4096 }),
  footer: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  buttons: Type.Optional(
    Type.Array(
      Strict({
        id: Type.String({ minLength: 1, maxLength: 256 }),
        title: Type.String({ minLength: 1, maxLength: 20 }),
      }),
      { minItems: 1, maxItems: 3 },
    ),
  ),
  list: Type.Optional(
    Strict({
      button: Type.String({ minLength: 1, maxLength: 20 }),
      sections: Type.Array(
        Strict({
          title: Type.Optional(Type.String({ minLength: 1, maxLength: 24 })),
          rows: Type.Array(
            Strict({
              id: Type.String({ minLength: 1, maxLength: 200 }),
              title: Type.String({ minLength: 1, maxLength: 24 }),
              description: Type.Optional(Type.String({ maxLength: 72 })),
            }),
            { minItems: 1, maxItems: 10 },
          ),
        }),
        { minItems: 1, maxItems: 10 },
      ),
    }),
  ),
  cta: Type.Optional(Strict({ displayText: Type.String({ minLength: 1, maxLength: 20 }), url: HttpUrl })),
});
export type InteractiveContent = Static<typeof InteractiveContent>;

const TemplateButtonText = Type.String({ minLength: 1, maxLength: 25 });
/** A template message as sent: already rendered with its parameters (contract 2.5). */
export const TemplateContent = Strict({
  templateId: Id,
  name: Type.String({ minLength: 1, maxLength: 512 }),
  language: Type.String({ minLength: 2, maxLength: 15 }),
  category: Type.Union([Type.Literal('MARKETING'), Type.Literal('UTILITY'), Type.Literal('AUTHENTICATION')]),
  header: Type.Optional(
    Type.Union([
      HeaderText,
      HeaderMedia,
      Strict({
        type: Type.Literal('location'),
        latitude: Type.Number({ minimum: -90, maximum: 90 }),
        longitude: Type.Number({ minimum: -180, maximum: 180 }),
        name: Type.Optional(Type.String({ maxLength: 256 })),
        address: Type.Optional(Type.String({ maxLength: 512 })),
      }),
    ]),
  ),
  body: Type.String({ minLength: 1, maxLength: 32768 }),
  footer: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  buttons: Type.Optional(
    Type.Array(
      Type.Union([
        Strict({
          type: Type.Literal('quick_reply'),
          text: TemplateButtonText,
          payload: Type.Optional(Type.String({ maxLength: 1000 })),
        }),
        Strict({ type: Type.Literal('url'), text: TemplateButtonText, url: HttpUrl }),
        Strict({
          type: Type.Literal('phone_number'),
          text: TemplateButtonText,
          phone: Type.String({ minLength: 1, maxLength: 20 }),
        }),
        Strict({
          type: Type.Literal('copy_code'),
          text: TemplateButtonText,
          code: Type.String({ minLength: 1, maxLength: 15 }),
        }),
      ]),
      { minItems: 1, maxItems: 10 },
    ),
  ),
});
export type TemplateContent = Static<typeof TemplateContent>;

/**
 * Messages only platform numbers send (through the Graph API); no device can send them, so they
 * are not part of `ClientContent`.
 */
export const PlatformContent = Type.Union([
  Type.Object({ type: Type.Literal('interactive'), content: InteractiveContent }),
  Type.Object({ type: Type.Literal('template'), content: TemplateContent }),
]);
export type PlatformContent = Static<typeof PlatformContent>;

/** An `interactive_reply` as stored: the option the person chose, resolved by the server. */
export const InteractiveReplyContent = Strict({
  targetId: Id,
  /** `button_reply` and `list_reply` answer interactive messages; `button`, a template quick reply. */
  kind: Type.Union([Type.Literal('button_reply'), Type.Literal('list_reply'), Type.Literal('button')]),
  id: Type.String({ minLength: 1, maxLength: 256 }),
  title: Type.String({ minLength: 1, maxLength: 25 }),
  description: Type.Optional(Type.String({ maxLength: 72 })),
  payload: Type.Optional(Type.String({ maxLength: 1000 })),
});
export type InteractiveReplyContent = Static<typeof InteractiveReplyContent>;

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
