import { ParleyApiError } from '@parley/sdk';
import { errorKey } from '../../ui/Toasts';
import type { Audience } from './audience';

/**
 * The translation key that explains why the server refused a reply. The server refuses "only…"
 * with nobody chosen as invalid_argument; the form knows what it sent, so it can say which part
 * to fix instead of the generic "check what you entered".
 */
export function saveErrorKey(error: unknown, audience: Audience): string {
  if (
    error instanceof ParleyApiError &&
    error.code === 'invalid_argument' &&
    audience.mode === 'only' &&
    audience.phones.length === 0
  ) {
    return 'autoReplies:audience.onlyNeedsContacts';
  }
  return `common:${errorKey(error)}`;
}
