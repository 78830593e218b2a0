import { Type, type Static, type TProperties, type TSchema } from '@sinclair/typebox';
import { Strict } from '../common.js';

/**
 * Bodies of the Cloud API's management edges: registration and 2SV (contract 8.2), the business
 * profile (8.3), webhook subscriptions (5.8), Block Users (10.2) and Groups (10.1). Graph also
 * takes these as form fields, so every scalar is a string and lists accept a comma-joined string.
 */
const Closed = <T extends TProperties>(properties: T) => Type.Object(properties, Strict);
const Opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
const Text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
const OneOf = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values] });
const MessagingProduct = OneOf(['whatsapp'] as const);

export const GraphRegisterBody = Closed({
  messaging_product: MessagingProduct,
  pin: Text(6),
  data_localization_region: Opt(Text(2, 2)),
});
export type GraphRegisterBody = Static<typeof GraphRegisterBody>;

export const GraphDeregisterBody = Closed({ messaging_product: Opt(MessagingProduct) });

/** `request_code` takes its parameters in the body or, as in Meta's examples, the query. */
export const GraphRequestCodeParams = Closed({
  code_method: Opt(OneOf(['SMS', 'VOICE'] as const)),
  language: Opt(Text(16)),
  locale: Opt(Text(16)),
});
export type GraphRequestCodeParams = Static<typeof GraphRequestCodeParams>;

export const GraphVerifyCodeBody = Closed({ code: Text(16) });

/** `POST /{PNID}`: the 2SV PIN in the body, a new display name in the query. */
export const GraphNumberUpdateBody = Closed({
  pin: Opt(Text(16)),
  new_display_name: Opt(Text(256)),
  messaging_product: Opt(MessagingProduct),
});
export type GraphNumberUpdateBody = Static<typeof GraphNumberUpdateBody>;

/** Contract 8.3; limits are the business profile's own, checked by its policy. */
export const GraphBusinessProfileBody = Closed({
  messaging_product: MessagingProduct,
  about: Opt(Text(139)),
  address: Opt(Text(256, 0)),
  description: Opt(Text(512, 0)),
  email: Opt(Text(128, 0)),
  websites: Opt(Type.Array(Text(256), { maxItems: 2 })),
  vertical: Opt(Text(32, 0)),
  profile_picture_handle: Opt(Text(512)),
});
export type GraphBusinessProfileBody = Static<typeof GraphBusinessProfileBody>;

/** A list of webhook fields: a JSON array or Graph's comma-joined form value. */
const FieldList = Type.Union([Type.Array(Text(64), { maxItems: 64 }), Text(2048)]);

export const GraphAppSubscriptionBody = Closed({
  object: OneOf(['whatsapp_business_account'] as const),
  callback_url: Text(2048),
  verify_token: Text(256),
  fields: Opt(FieldList),
  include_values: Opt(Type.Union([Type.Boolean(), Text(5)])),
});
export type GraphAppSubscriptionBody = Static<typeof GraphAppSubscriptionBody>;

export const GraphWabaSubscriptionBody = Closed({
  app_id: Opt(Text(32)),
  override_callback_uri: Opt(Text(2048)),
  verify_token: Opt(Text(256)),
});
export type GraphWabaSubscriptionBody = Static<typeof GraphWabaSubscriptionBody>;

const Users = (name: string) =>
  Type.Array(Closed({ user: Text(40) }), { minItems: 1, maxItems: 1000, description: name });

export const GraphBlockUsersBody = Closed({
  messaging_product: MessagingProduct,
  block_users: Users('The people to block or unblock, by phone number or wa_id'),
});
export type GraphBlockUsersBody = Static<typeof GraphBlockUsersBody>;

export const GraphCreateGroupBody = Closed({
  messaging_product: MessagingProduct,
  subject: Text(128),
  description: Opt(Text(2048, 0)),
  join_approval_mode: Opt(OneOf(['auto_approve', 'approval_required'] as const)),
});
export type GraphCreateGroupBody = Static<typeof GraphCreateGroupBody>;

export const GraphUpdateGroupBody = Closed({
  messaging_product: MessagingProduct,
  subject: Opt(Text(128)),
  description: Opt(Text(2048, 0)),
});
export type GraphUpdateGroupBody = Static<typeof GraphUpdateGroupBody>;

export const GraphGroupParticipantsBody = Closed({
  messaging_product: MessagingProduct,
  participants: Type.Array(Closed({ user: Text(40) }), { minItems: 1, maxItems: 8 }),
});
export type GraphGroupParticipantsBody = Static<typeof GraphGroupParticipantsBody>;
