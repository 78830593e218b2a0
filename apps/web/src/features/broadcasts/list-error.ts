import { ParleyApiError } from '@parley/sdk';

/**
 * A `broadcasts:` translation key and its values for a list the server refused for a reason the
 * owner can fix; undefined for any other failure, which the generic error toast says.
 */
export function listErrorMessage(
  error: unknown,
): { key: string; values: Record<string, string | number> } | undefined {
  if (!(error instanceof ParleyApiError)) return undefined;
  const details = error.details ?? {};
  if (error.code === 'limit_exceeded' && typeof details.requested === 'number') {
    return { key: 'errors.tooManyRecipients', values: { limit: Number(details.limit) } };
  }
  if (error.code === 'limit_exceeded') return { key: 'errors.tooManyLists', values: {} };
  if (error.code === 'invalid_argument' && Array.isArray(details.notOnParley)) {
    return { key: 'errors.notOnParley', values: { numbers: details.notOnParley.join(', ') } };
  }
  return undefined;
}
