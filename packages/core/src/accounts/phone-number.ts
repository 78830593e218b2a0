import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { DomainError } from '../shared/errors.js';

/**
 * Normalises a phone number written in international form to E.164 (`+14155550123`), ignoring
 * spaces, dots, dashes and brackets. Digits without a leading `+` or `00` are read as international
 * too, as in WhatsApp ids (`14155550123`): a server has no home country to guess a national number from.
 */
export function normalizePhone(input: string): string {
  const phone = tryNormalizePhone(input);
  if (phone === null) {
    throw new DomainError('invalid_argument', 'Not a valid phone number in international format', {
      phone: input.slice(0, 40),
    });
  }
  return phone;
}

/** Like normalizePhone, but null for a number that is not valid. */
export function tryNormalizePhone(input: string): string | null {
  if (input.length > 40) return null;
  const compact = input.replace(/[\s().\-]/g, '');
  const international = compact.startsWith('+')
    ? compact
    : compact.startsWith('00')
      ? `+${compact.slice(2)}`
      : `+${compact}`;
  const parsed = parsePhoneNumberFromString(international);
  return parsed !== undefined && parsed.isValid() ? parsed.number : null;
}
