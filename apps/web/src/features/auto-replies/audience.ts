import type { GreetingView } from '@parley/contracts';

export type Audience = GreetingView['audience'];
export type AudienceMode = Audience['mode'];

/** The recipients choices, in the order the Business app lists them. */
export const AUDIENCE_MODES: readonly AudienceMode[] = [
  'everyone',
  'not_in_contacts',
  'everyone_except',
  'only',
];

/** Whether a mode names people one by one, so the form offers the contact picker and the count. */
export const picksContacts = (mode: AudienceMode): boolean => mode === 'everyone_except' || mode === 'only';

/** The chosen numbers with `phone` added, or taken out if it was there. */
export function togglePhone(phones: readonly string[], phone: string): string[] {
  return phones.includes(phone) ? phones.filter((entry) => entry !== phone) : [...phones, phone];
}
