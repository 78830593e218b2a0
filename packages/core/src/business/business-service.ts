import type { AccountKind } from '../accounts/account.js';
import { DomainError } from '../shared/errors.js';
import type { Clock } from '../shared/ports.js';
import {
  emptyBusinessProfile,
  type BusinessProfile,
  type BusinessProfileChange,
} from './business-profile.js';
import { validateBusinessProfileChange } from './business-profile-policy.js';
import { isOpenAt } from './opening-hours.js';
import type { BusinessProfileRepository } from './ports.js';

export interface BusinessDeps {
  readonly profiles: BusinessProfileRepository;
  /** The account's kind, or undefined when there is no such account. */
  readonly kindOf: (accountId: string) => Promise<AccountKind | undefined>;
  readonly clock: Clock;
}

/** A business profile as customers see it, with whether the business is open right now. */
export interface PublicBusinessProfile extends BusinessProfile {
  /** Null when the business has not said when it is open. */
  readonly openNow: boolean | null;
}

export function createBusinessService(deps: BusinessDeps) {
  async function businessOf(accountId: string): Promise<void> {
    const kind = await deps.kindOf(accountId);
    if (kind === undefined) throw new DomainError('not_found', 'No such account');
    if (kind === 'personal') throw new DomainError('not_found', 'This account is not a business');
  }

  async function profileOf(accountId: string): Promise<BusinessProfile> {
    await businessOf(accountId);
    return (await deps.profiles.get(accountId)) ?? emptyBusinessProfile(accountId, deps.clock.now());
  }

  return {
    /** Refuses personal accounts: the tools of this module are for businesses. */
    assertBusiness: businessOf,

    async profile(accountId: string): Promise<PublicBusinessProfile> {
      const profile = await profileOf(accountId);
      const openNow = profile.hours === null ? null : isOpenAt(profile.hours, deps.clock.now());
      return { ...profile, openNow };
    },

    async updateProfile(accountId: string, change: BusinessProfileChange): Promise<PublicBusinessProfile> {
      const current = await profileOf(accountId);
      const valid = validateBusinessProfileChange(change);
      const now = deps.clock.now();
      const next: BusinessProfile = { ...current, ...valid, accountId, updatedAt: now };
      await deps.profiles.put(next);
      return { ...next, openNow: next.hours === null ? null : isOpenAt(next.hours, now) };
    },
  };
}

export type BusinessService = ReturnType<typeof createBusinessService>;
