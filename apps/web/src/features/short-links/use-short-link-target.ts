import { useParley } from '../../data/parley-context';
import { useAccount } from '../../data/queries';
import { useBusinessProfile } from '../business-info/use-business-profile';
import { usePhoneLookup } from '../chat-list/use-phone-lookup';
import { prefilledText } from './short-link';

/** Where a short link leads, found step by step: the number's account, then the text to prefill. */
export type ShortLinkTarget =
  | { readonly state: 'pending' }
  | { readonly state: 'invalid' }
  | { readonly state: 'not_found'; readonly phone: string }
  | { readonly state: 'self' }
  | { readonly state: 'failed'; readonly error: unknown }
  | { readonly state: 'ready'; readonly accountId: string; readonly text: string };

export function useShortLinkTarget(phone: string | null, linkText: string | null): ShortLinkTarget {
  const { session } = useParley();
  const lookup = usePhoneLookup(phone ?? '');
  const accountId = lookup.data?.accountId ?? undefined;
  const account = useAccount(accountId);
  // Only a business has a default message, and only a link without text of its own uses it.
  const wantsDefault =
    prefilledText(linkText, undefined) === '' &&
    account.data !== undefined &&
    account.data.kind !== 'personal';
  const business = useBusinessProfile(wantsDefault ? accountId : undefined);

  if (phone === null) return { state: 'invalid' };
  if (lookup.isError) return { state: 'failed', error: lookup.error };
  if (lookup.isPending) return { state: 'pending' };
  if (lookup.data.phone === null) return { state: 'invalid' };
  if (accountId === undefined) return { state: 'not_found', phone: lookup.data.phone };
  if (accountId === session.accountId) return { state: 'self' };
  if (account.isError) return { state: 'failed', error: account.error };
  if (account.isPending) return { state: 'pending' };
  // A business profile that cannot be read only costs the default message, not the chat.
  if (wantsDefault && business.isPending) return { state: 'pending' };
  return { state: 'ready', accountId, text: prefilledText(linkText, business.data?.defaultLinkMessage) };
}
