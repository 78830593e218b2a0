import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable, PlainText, Strict, Timestamp } from '../common.js';

/** A phone number as typed, in international form; the server answers with E.164 (`+14155550123`). */
export const PhoneInput = Type.String({ minLength: 1, maxLength: 40 });
const DeviceName = PlainText({ minLength: 1, maxLength: 64 });
const Platform = PlainText({ minLength: 1, maxLength: 32 });

export const AccountIdParams = Type.Object({ accountId: Id });
export const DeviceIdParams = Type.Object({ deviceId: Id });
export const PhoneParams = Type.Object({ phone: PhoneInput });
export const LinkRequestParams = Type.Object({ id: Id });

const AccountKind = Type.Union([
  Type.Literal('personal'),
  Type.Literal('business'),
  Type.Literal('platform'),
]);

export const Verification = Type.Union([
  Type.Literal('unverified'),
  Type.Literal('verified'),
  Type.Literal('official'),
]);

/** What anyone on the network may see of an account. */
export const PublicProfileView = Type.Object({
  id: Id,
  phone: Type.String(),
  kind: AccountKind,
  /** A business's check: grey when verified, green when official. Always unverified for people. */
  verification: Verification,
  name: Type.String(),
  about: Type.String(),
  photoMediaId: Nullable(Id),
});
export type PublicProfileView = Static<typeof PublicProfileView>;

/** The signed-in account, as its owner sees it. */
export const AccountView = Type.Composite([
  PublicProfileView,
  Type.Object({
    /** A premium business links up to nine devices instead of four. */
    premium: Type.Boolean(),
    createdAt: Timestamp,
    lastSeenAt: Nullable(Timestamp),
  }),
]);
export type AccountView = Static<typeof AccountView>;

export const DeviceView = Type.Object({
  id: Id,
  kind: Type.Union([Type.Literal('primary'), Type.Literal('linked')]),
  name: Type.String(),
  platform: Type.String(),
  createdAt: Timestamp,
  lastActiveAt: Nullable(Timestamp),
  /** Whether this is the device making the request. */
  current: Type.Boolean(),
});
export type DeviceView = Static<typeof DeviceView>;

/** A signed-in device: the token is shown this once. */
export const SessionView = Type.Object({ token: Type.String(), account: AccountView, device: DeviceView });
export type SessionView = Static<typeof SessionView>;

export const RequestCodeBody = Type.Object({ phone: PhoneInput }, Strict);
export const RequestCodeResponse = Type.Object({
  phone: Type.String(),
  expiresAt: Timestamp,
  /** How long until another code may be requested for this number. */
  resendAfterMs: Type.Integer({ minimum: 0 }),
});

export const VerifyCodeBody = Type.Object(
  {
    phone: PhoneInput,
    code: Type.String({ pattern: '^[0-9]{6}$' }),
    deviceName: Type.Optional(DeviceName),
    platform: Type.Optional(Platform),
    /** The kind of account to create if the number has none yet; an existing account keeps its kind. */
    accountKind: Type.Optional(Type.Union([Type.Literal('personal'), Type.Literal('business')])),
  },
  Strict,
);
export const VerifyCodeResponse = Type.Composite([SessionView, Type.Object({ created: Type.Boolean() })]);
export type VerifyCodeResponse = Static<typeof VerifyCodeResponse>;

export const DevOutboxQuery = Type.Object({ phone: Type.Optional(PhoneInput) }, Strict);
export const DevOutboxResponse = Type.Object({
  messages: Type.Array(
    Type.Object({ phone: Type.String(), code: Type.String(), text: Type.String(), sentAt: Timestamp }),
  ),
});

export const UpdateProfileBody = Type.Object(
  {
    /** People have 25 characters; a business name has 3 to 75 and follows the business-name rules. */
    name: Type.Optional(PlainText({ maxLength: 75 })),
    about: Type.Optional(PlainText({ maxLength: 139 })),
    /** null removes the photo. */
    photoMediaId: Type.Optional(Nullable(Id)),
  },
  { ...Strict, minProperties: 1 },
);

export const DevicesResponse = Type.Object({ devices: Type.Array(DeviceView) });

export const CreateLinkRequestBody = Type.Object({ deviceName: DeviceName, platform: Platform }, Strict);
export const LinkRequestCreated = Type.Object({
  id: Id,
  /** Shown by the new device (as text and QR code) for the phone to approve. */
  code: Type.String(),
  /** Kept by the new device to claim its token; never shown. */
  secret: Type.String(),
  expiresAt: Timestamp,
});
export const ApproveLinkBody = Type.Object({ code: Type.String({ minLength: 1, maxLength: 16 }) }, Strict);
export const ApproveLinkResponse = Type.Object({ approved: Type.Literal(true) });
export const ClaimLinkBody = Type.Object({ secret: Type.String({ minLength: 1, maxLength: 128 }) }, Strict);
export const LinkPendingResponse = Type.Object({ status: Type.Literal('pending'), expiresAt: Timestamp });

export const ContactView = Type.Object({
  phone: Type.String(),
  name: Type.String(),
  /** The number's account on Parley, or null when it has none. */
  accountId: Nullable(Id),
  createdAt: Timestamp,
});
export type ContactView = Static<typeof ContactView>;
export const ContactsResponse = Type.Object({ contacts: Type.Array(ContactView) });
export const SaveContactBody = Type.Object({ name: PlainText({ minLength: 1, maxLength: 100 }) }, Strict);
export const LookupBody = Type.Object(
  { phones: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 1000 }) },
  Strict,
);
export const LookupResponse = Type.Object({
  results: Type.Array(
    Type.Object({ input: Type.String(), phone: Nullable(Type.String()), accountId: Nullable(Id) }),
  ),
});

export const BlocksResponse = Type.Object({ accountIds: Type.Array(Id) });
export const ReportBody = Type.Object(
  {
    accountId: Id,
    chatId: Type.Optional(Id),
    reason: PlainText({ minLength: 1, maxLength: 500 }),
    messageIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  },
  Strict,
);
export const ReportView = Type.Object({
  id: Id,
  accountId: Id,
  chatId: Nullable(Id),
  reason: Type.String(),
  messageIds: Type.Array(Id),
  createdAt: Timestamp,
});
