import { PlatformError } from './platform-error.js';

/** Contract 8.2: register and deregister together, 10 calls per number per 72 hours. */
export const REGISTRATION_CALLS = Object.freeze({ limit: 10, windowMs: 72 * 60 * 60 * 1000 });

/** Contract 8.2: the regions a number may keep its data in while registered. */
export const DATA_LOCALIZATION_REGIONS = [
  'AU',
  'ID',
  'IN',
  'JP',
  'SG',
  'KR',
  'DE',
  'CH',
  'GB',
  'BR',
  'BH',
  'ZA',
  'AE',
  'CA',
] as const;

const SIX_DIGITS = /^\d{6}$/;

/** A two-step verification PIN is six digits; anything else is a bad parameter value. */
export function checkPin(pin: string, param = 'pin'): string {
  if (!SIX_DIGITS.test(pin)) throw new PlatformError(131009, `Param ${param} must be a 6-digit number.`);
  return pin;
}

/** The one-time code of `verify_code`: six digits as well. */
export const checkVerificationCode = (code: string): string => checkPin(code, 'code');

export function checkDataLocalizationRegion(region: string): string {
  if (!(DATA_LOCALIZATION_REGIONS as readonly string[]).includes(region)) {
    throw new PlatformError(
      131009,
      `Param data_localization_region must be one of ${DATA_LOCALIZATION_REGIONS.join(', ')}.`,
    );
  }
  return region;
}

/** Refuses the call when the number already made the allowed calls in the window before `now`. */
export function checkRegistrationCalls(callsInWindow: number): void {
  if (callsInWindow >= REGISTRATION_CALLS.limit) {
    throw new PlatformError(
      133016,
      `A number can be registered or deregistered at most ${REGISTRATION_CALLS.limit} times in 72 hours. Try again later.`,
    );
  }
}

/** The register call's PIN against the number's: sets it when there is none, else must match. */
export function checkRegistrationPin(storedHash: string | null, offeredHash: string): { pinHash: string } {
  if (storedHash !== null && storedHash !== offeredHash) {
    throw new PlatformError(
      133005,
      'The two-step verification PIN is not the one set for this number. Use the current PIN, or set a new one with POST /{phone-number-id} {"pin": …}.',
    );
  }
  return { pinHash: offeredHash };
}
