import { currentLanguage } from '../../i18n/setup';

/** When a broadcast went out, as a date and time in the reader's language. */
export function formatSentAt(at: number): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
