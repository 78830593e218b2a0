import { normalizePhone } from '../accounts/index.js';
import { DomainError } from '../shared/errors.js';
import { AUDIENCE_MODES, AUTO_REPLY_LIMITS, type Audience } from './auto-reply.js';

/**
 * Normalises the chosen numbers to E.164 without duplicates. The numbers are kept whatever the
 * mode, so that switching modes back and forth in the app does not lose the selection; `only`
 * with nobody chosen would silently disable the reply, so it is refused.
 */
export function checkAudience(audience: Audience): Audience {
  if (!AUDIENCE_MODES.includes(audience.mode)) {
    throw new DomainError('invalid_argument', `Unknown audience "${String(audience.mode)}"`);
  }
  if (audience.phones.length > AUTO_REPLY_LIMITS.phones) {
    throw new DomainError('invalid_argument', `Choose at most ${AUTO_REPLY_LIMITS.phones} contacts`);
  }
  const phones = [...new Set(audience.phones.map(normalizePhone))];
  if (audience.mode === 'only' && phones.length === 0) {
    throw new DomainError('invalid_argument', 'Choose at least one contact to send only to them');
  }
  return { mode: audience.mode, phones };
}

/** Whether a customer is among the recipients; `inContacts` is whether the business saved their number. */
export function audienceIncludes(audience: Audience, customerPhone: string, inContacts: boolean): boolean {
  switch (audience.mode) {
    case 'everyone':
      return true;
    case 'not_in_contacts':
      return !inContacts;
    case 'everyone_except':
      return !audience.phones.includes(customerPhone);
    case 'only':
      return audience.phones.includes(customerPhone);
  }
}
