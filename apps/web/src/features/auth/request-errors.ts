import { ParleyApiError } from '@parley/sdk';
import type { TFunction } from 'i18next';
import { errorKey } from '../../ui/Toasts';
import { formatWait } from './format-wait';

/**
 * What a refused sign-in request tells the person, with the details the server gives: attempts
 * left after a wrong code, how long a lock or a rate limit lasts.
 */
export function signInErrorText(error: unknown, t: TFunction<['auth', 'common']>): string {
  if (error instanceof ParleyApiError) {
    const retryAfterMs = numberDetail(error, 'retryAfterMs');
    const attemptsLeft = numberDetail(error, 'attemptsLeft');
    if (error.code === 'unauthenticated' && attemptsLeft !== undefined) {
      return t('auth:code.wrong', { count: attemptsLeft });
    }
    if (error.code === 'locked' && retryAfterMs !== undefined) {
      return t('auth:code.locked', { wait: formatWait(retryAfterMs) });
    }
    if (error.code === 'rate_limited' && retryAfterMs !== undefined) {
      return t('auth:rateLimited', { wait: formatWait(retryAfterMs) });
    }
    if (error.code === 'expired') return t('auth:code.expired');
  }
  return t(`common:${errorKey(error)}`, { defaultValue: t('common:errors.unknown') });
}

function numberDetail(error: ParleyApiError, name: string): number | undefined {
  const value = error.details?.[name];
  return typeof value === 'number' ? value : undefined;
}
