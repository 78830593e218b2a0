import type { OpeningHours } from './opening-hours.js';

/** The Cloud API's `vertical` values, which the Business app shows as categories. */
export const BUSINESS_CATEGORIES = [
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
export type BusinessCategory = (typeof BUSINESS_CATEGORIES)[number];

export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

/**
 * What a business tells its customers beyond the account's name, about and photo (the logo).
 * Empty strings mean "not given".
 */
export interface BusinessProfile {
  readonly accountId: string;
  readonly category: BusinessCategory;
  readonly description: string;
  readonly address: string;
  /** Where the address is, for the map link. */
  readonly location: GeoPoint | null;
  readonly email: string;
  readonly websites: readonly string[];
  /** Null until the business sets its hours. */
  readonly hours: OpeningHours | null;
  /** Filled in by the customer's "message us" link when they open it without text. */
  readonly defaultLinkMessage: string;
  readonly updatedAt: number;
}

export type BusinessProfileChange = Partial<Omit<BusinessProfile, 'accountId' | 'updatedAt'>>;

export const emptyBusinessProfile = (accountId: string, at: number): BusinessProfile => ({
  accountId,
  category: 'UNDEFINED',
  description: '',
  address: '',
  location: null,
  email: '',
  websites: [],
  hours: null,
  defaultLinkMessage: '',
  updatedAt: at,
});
