import { Type, type Static, type TLiteral, type TUnion } from '@sinclair/typebox';
import { Nullable, PlainText, Strict, Timestamp } from '../common.js';
import { Verification } from './accounts.js';

/** The Cloud API's `vertical` values, which the Business app shows as categories. */
const CATEGORIES = [
  'UNDEFINED',
  'OTHER',
  'AUTO',
  'BEAUTY',
  'APPAREL',
  'EDU',
  'ENTERTAIN',
  'EVENT_PLAN',
  'FINANCE',
  'GROCERY',
  'GOVT',
  'HOTEL',
  'HEALTH',
  'NONPROFIT',
  'PROF_SERVICES',
  'RETAIL',
  'TRAVEL',
  'RESTAURANT',
  'ALCOHOL',
  'ONLINE_GAMBLING',
  'PHYSICAL_GAMBLING',
  'OTC_DRUGS',
  'NOT_A_BIZ',
] as const;
export const BusinessCategory = Type.Union(CATEGORIES.map((value) => Type.Literal(value))) as TUnion<
  TLiteral<(typeof CATEGORIES)[number]>[]
>;
export type BusinessCategory = Static<typeof BusinessCategory>;

const TimeOfDay = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM, 24-hour' });

/** One day of the week: closed, open all day, by appointment only, or one or two spans. */
export const DayHours = Type.Union([
  Type.Object({ mode: Type.Literal('closed') }, Strict),
  Type.Object({ mode: Type.Literal('open_24h') }, Strict),
  Type.Object({ mode: Type.Literal('appointment_only') }, Strict),
  Type.Object(
    {
      mode: Type.Literal('hours'),
      /** A close before the open runs past midnight into the next day. */
      ranges: Type.Array(Type.Object({ open: TimeOfDay, close: TimeOfDay }, Strict), {
        minItems: 1,
        maxItems: 2,
      }),
    },
    Strict,
  ),
]);
export type DayHours = Static<typeof DayHours>;

export const OpeningHours = Type.Object(
  {
    /** An IANA time zone; the hours are the business's wall clock. */
    timeZone: Type.String({ minLength: 1, maxLength: 64 }),
    days: Type.Object(
      {
        mon: DayHours,
        tue: DayHours,
        wed: DayHours,
        thu: DayHours,
        fri: DayHours,
        sat: DayHours,
        sun: DayHours,
      },
      Strict,
    ),
  },
  Strict,
);
export type OpeningHours = Static<typeof OpeningHours>;

const GeoPoint = Type.Object(
  {
    latitude: Type.Number({ minimum: -90, maximum: 90 }),
    longitude: Type.Number({ minimum: -180, maximum: 180 }),
  },
  Strict,
);

const ProfileFields = {
  category: BusinessCategory,
  description: PlainText({ maxLength: 512 }),
  address: PlainText({ maxLength: 256 }),
  /** Where the address is, for the map link. */
  location: Nullable(GeoPoint),
  email: PlainText({ maxLength: 128 }),
  websites: Type.Array(PlainText({ maxLength: 256 }), { maxItems: 2 }),
  hours: Nullable(OpeningHours),
  /** The text a "message us" link prefills when it carries none. */
  defaultLinkMessage: PlainText({ maxLength: 1024 }),
};

/** A business profile; empty strings are fields the business has not filled in. */
export const BusinessProfileView = Type.Object({
  ...ProfileFields,
  /** Whether the business is open now by its hours; null when it has not set hours. */
  openNow: Nullable(Type.Boolean()),
  updatedAt: Timestamp,
});
export type BusinessProfileView = Static<typeof BusinessProfileView>;

export const UpdateBusinessProfileBody = Type.Partial(Type.Object(ProfileFields, Strict), {
  ...Strict,
  minProperties: 1,
});
export type UpdateBusinessProfileBody = Static<typeof UpdateBusinessProfileBody>;

/** Personal to business is one way; asking for personal again is refused with the reason. */
export const ChangeAccountKindBody = Type.Object(
  { kind: Type.Union([Type.Literal('business'), Type.Literal('personal')]) },
  Strict,
);

/** The operator's levers on an account. */
export const OperatorAccountBody = Type.Object(
  { verification: Type.Optional(Verification), premium: Type.Optional(Type.Boolean()) },
  { ...Strict, minProperties: 1 },
);
