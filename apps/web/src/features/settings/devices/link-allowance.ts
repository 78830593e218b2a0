import type { AccountView } from '@parley/contracts';

/** Browsers an account may link besides its phone: four, or nine for a premium business. */
export const LINKED_DEVICES = 4;
export const PREMIUM_LINKED_DEVICES = 9;

export function linkAllowance(account: Pick<AccountView, 'kind' | 'premium'>): number {
  return account.kind === 'business' && account.premium ? PREMIUM_LINKED_DEVICES : LINKED_DEVICES;
}
