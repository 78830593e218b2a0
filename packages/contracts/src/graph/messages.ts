import { Type, type Static, type TProperties, type TSchema } from '@sinclair/typebox';
import { Strict } from '../common.js';

/**
 * `POST /{PNID}/messages` of the Cloud API (contract 2). One flat object names every field any
 * variant may carry, so Ajv's first error is the meaningful one: a missing field (131008), an
 * unknown one (100) or a bad value (131009), at its Graph path (`text.body`). Which object the
 * `type` needs is checked by `if`/`then` per type, never by a union whose errors say nothing.
 */
const Closed = <T extends TProperties>(properties: T) => Type.Object(properties, Strict);
const Opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
const Text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
/** An enum, not a union of literals: Ajv then says "must be one of the allowed values". */
const OneOf = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values] });

/** A media object: an uploaded file's id or a link to fetch (exactly one; the route checks). */
const mediaObject = <T extends TProperties>(extra: T) =>
  Closed({ id: Opt(Text(64)), link: Opt(Text(2000)), ...extra });

const Caption = Opt(Text(1024, 0));
export const GraphSendMedia = mediaObject({ caption: Caption, filename: Opt(Text(240)) });
export type GraphSendMedia = Static<typeof GraphSendMedia>;

const GraphText = Closed({ body: Text(4096), preview_url: Opt(Type.Boolean()) });

const GraphLocation = Closed({
  latitude: Type.Number({ minimum: -90, maximum: 90 }),
  longitude: Type.Number({ minimum: -180, maximum: 180 }),
  name: Opt(Text(256, 0)),
  address: Opt(Text(512, 0)),
});

const Typed = Opt(Text(16));
const GraphContact = Closed({
  name: Closed({
    formatted_name: Text(256),
    first_name: Opt(Text(256, 0)),
    last_name: Opt(Text(256, 0)),
    middle_name: Opt(Text(256, 0)),
    suffix: Opt(Text(256, 0)),
    prefix: Opt(Text(256, 0)),
  }),
  phones: Opt(Type.Array(Closed({ phone: Text(32), wa_id: Opt(Text(32)), type: Typed }), { maxItems: 20 })),
  emails: Opt(Type.Array(Closed({ email: Text(256), type: Typed }), { maxItems: 20 })),
  addresses: Opt(
    Type.Array(
      Closed({
        street: Opt(Text(256, 0)),
        city: Opt(Text(256, 0)),
        state: Opt(Text(256, 0)),
        zip: Opt(Text(32, 0)),
        country: Opt(Text(256, 0)),
        country_code: Opt(Text(8, 0)),
        type: Typed,
      }),
      { maxItems: 20 },
    ),
  ),
  org: Opt(Closed({ company: Opt(Text(256, 0)), department: Opt(Text(256, 0)), title: Opt(Text(256, 0)) })),
  urls: Opt(Type.Array(Closed({ url: Text(2000), type: Typed }), { maxItems: 20 })),
  birthday: Opt(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
});
export type GraphContact = Static<typeof GraphContact>;

const GraphReaction = Closed({ message_id: Text(200), emoji: Text(32, 0) });

/** Contract 2.4: the kinds Parley renders; product, flow and the rest are refused by the enum. */
export const INTERACTIVE_KINDS = ['button', 'list', 'cta_url'] as const;
const GraphInteractive = Closed({
  type: OneOf(INTERACTIVE_KINDS),
  header: Opt(
    Closed({
      type: OneOf(['text', 'image', 'video', 'document'] as const),
      text: Opt(Text(60)),
      image: Opt(mediaObject({})),
      video: Opt(mediaObject({})),
      document: Opt(mediaObject({ filename: Opt(Text(240)) })),
    }),
  ),
  body: Closed({ text: Text(4096) }),
  footer: Opt(Closed({ text: Text(60) })),
  // One object for every kind's action; the route checks that the kind has its own parts.
  action: Closed({
    buttons: Opt(
      Type.Array(Closed({ type: Type.Literal('reply'), reply: Closed({ id: Text(256), title: Text(20) }) }), {
        minItems: 1,
        maxItems: 3,
      }),
    ),
    button: Opt(Text(20)),
    sections: Opt(
      Type.Array(
        Closed({
          title: Opt(Text(24)),
          rows: Type.Array(Closed({ id: Text(200), title: Text(24), description: Opt(Text(72, 0)) }), {
            minItems: 1,
            maxItems: 10,
          }),
        }),
        { minItems: 1, maxItems: 10 },
      ),
    ),
    name: Opt(Type.Literal('cta_url')),
    parameters: Opt(Closed({ display_text: Text(20), url: Text(2000) })),
  }),
});
export type GraphInteractive = Static<typeof GraphInteractive>;

/**
 * Contract 2.5. Parameters stay open here: the templates feature checks them against the template
 * itself and answers 132000, 132012 and friends, which a schema cannot.
 */
const GraphTemplate = Closed({
  name: Text(512),
  namespace: Opt(Text(256)),
  language: Closed({ code: Text(32, 2), policy: Opt(Type.Literal('deterministic')) }),
  components: Opt(
    Type.Array(
      Type.Object(
        {
          type: Text(32),
          sub_type: Opt(Text(32)),
          index: Opt(Type.Union([Type.String({ maxLength: 4 }), Type.Integer({ minimum: 0, maximum: 99 })])),
          parameters: Opt(Type.Array(Type.Object({ type: Text(32) }), { maxItems: 100 })),
        },
        Strict,
      ),
      { maxItems: 20 },
    ),
  ),
});
export type GraphTemplate = Static<typeof GraphTemplate>;

export const GRAPH_MESSAGE_TYPES = [
  'text',
  'image',
  'video',
  'audio',
  'document',
  'sticker',
  'location',
  'contacts',
  'reaction',
  'interactive',
  'template',
] as const;
export type GraphMessageType = (typeof GRAPH_MESSAGE_TYPES)[number];

/**
 * `type: X` needs the object `X`. Without `type` the one object given names it (Meta's own
 * examples leave it out), and none at all asks for `text`, the historic default.
 */
const needsItsObject = [
  ...GRAPH_MESSAGE_TYPES.map((type) => ({
    if: { properties: { type: { const: type } }, required: ['type'] },
    then: { required: [type] },
  })),
  {
    if: { not: { required: ['type'] } },
    then: { anyOf: GRAPH_MESSAGE_TYPES.map((type) => ({ required: [type] })) },
  },
];

/** The message type of a valid body: its `type`, or the one message object it carries. */
export function graphMessageTypeOf(body: GraphSendMessageBody): GraphMessageType {
  return body.type ?? GRAPH_MESSAGE_TYPES.find((type) => body[type] !== undefined) ?? 'text';
}

export const GraphSendMessageBody = Type.Object(
  {
    messaging_product: Type.Literal('whatsapp'),
    recipient_type: Opt(Type.Literal('individual')),
    to: Opt(Text(64)),
    type: Opt(OneOf(GRAPH_MESSAGE_TYPES)),
    context: Opt(Closed({ message_id: Text(200) })),
    biz_opaque_callback_data: Opt(Text(512, 0)),
    recipient_identity_key_hash: Opt(Text(256)),
    text: Opt(GraphText),
    image: Opt(mediaObject({ caption: Caption })),
    video: Opt(mediaObject({ caption: Caption })),
    audio: Opt(mediaObject({})),
    document: Opt(GraphSendMedia),
    sticker: Opt(mediaObject({})),
    location: Opt(GraphLocation),
    contacts: Opt(Type.Array(GraphContact, { minItems: 1, maxItems: 20 })),
    reaction: Opt(GraphReaction),
    interactive: Opt(GraphInteractive),
    template: Opt(GraphTemplate),
    // Contract 2.6: the same endpoint marks an inbound message read and shows typing.
    status: Opt(Type.Literal('read')),
    message_id: Opt(Text(200)),
    typing_indicator: Opt(Closed({ type: Type.Literal('text') })),
  },
  {
    ...Strict,
    if: { required: ['status'] },
    then: { required: ['message_id'] },
    else: { required: ['to'], allOf: needsItsObject },
  },
);
export type GraphSendMessageBody = Static<typeof GraphSendMessageBody>;

/** Contract 2.2. */
export const GraphSendMessageResponse = Type.Object({
  messaging_product: Type.Literal('whatsapp'),
  contacts: Type.Array(Type.Object({ input: Type.String(), wa_id: Type.String() })),
  messages: Type.Array(
    Type.Object({
      id: Type.String(),
      message_status: Type.Optional(
        Type.Union([
          Type.Literal('accepted'),
          Type.Literal('held_for_quality_assessment'),
          Type.Literal('paused'),
        ]),
      ),
    }),
  ),
});
export type GraphSendMessageResponse = Static<typeof GraphSendMessageResponse>;

/** What a read receipt or typing indicator answers. */
export const GraphSuccess = Type.Object({ success: Type.Boolean() });
