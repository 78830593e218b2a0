import { parsePhoneNumberWithError } from 'libphonenumber-js';
import type { PlatformNumber } from '@parley/core';

/** What `GET /{PNID}` shows without `fields`. */
export const NUMBER_DEFAULT_FIELDS = [
  'verified_name',
  'code_verification_status',
  'display_phone_number',
  'quality_rating',
  'platform_type',
  'throughput',
];
/** What `GET /{WABA}/phone_numbers` shows without `fields`. */
export const NUMBER_LIST_FIELDS = ['verified_name', 'display_phone_number', 'quality_rating'];

/** The wa_id form of a number: digits only. */
export const waIdOf = (phone: string): string => phone.replace(/^\+/, '');

/** Every field a platform number node can show, in the Cloud API's words. */
export function phoneNumberNode(number: PlatformNumber): Record<string, unknown> {
  return {
    id: number.id,
    verified_name: number.verifiedName,
    display_phone_number: parsePhoneNumberWithError(number.phone).formatInternational(),
    quality_rating: number.qualityRating,
    quality_score: { score: number.qualityRating },
    code_verification_status: 'VERIFIED',
    name_status: number.nameStatus,
    status: number.registeredAt === null ? 'PENDING' : number.status,
    platform_type: number.registeredAt === null ? 'NOT_APPLICABLE' : 'CLOUD_API',
    throughput: { level: number.throughputLevel },
    messaging_limit_tier: number.messagingLimit,
    whatsapp_business_manager_messaging_limit: number.messagingLimit,
    account_mode: 'LIVE',
    is_pin_enabled: number.pinHash !== null,
    is_official_business_account: false,
    last_onboarded_time: new Date(number.createdAt).toISOString(),
  };
}
