import type { Account } from './account.js';

/**
 * Linked devices beside the phone: four for people and businesses, nine for a business the
 * operator made premium. Platform numbers have agents, not devices.
 */
export function linkedDeviceAllowance(account: Pick<Account, 'kind' | 'premium'>): number {
  if (account.kind === 'platform') return 0;
  return account.kind === 'business' && account.premium ? 9 : 4;
}
