import { currentLanguage } from '../../i18n/setup';

/** "in 15 minutes" / "через 15 минут" for a server's `retryAfterMs`, rounded up. */
export function formatWait(ms: number): string {
  const format = new Intl.RelativeTimeFormat(currentLanguage(), { numeric: 'always' });
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 90 ? format.format(seconds, 'second') : format.format(Math.ceil(seconds / 60), 'minute');
}
