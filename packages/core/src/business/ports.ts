import type { BusinessProfile } from './business-profile.js';

export interface BusinessProfileRepository {
  /** Undefined until the business first saves its profile. */
  get(accountId: string): Promise<BusinessProfile | undefined>;
  /** Inserts or replaces the business's profile. */
  put(profile: BusinessProfile): Promise<void>;
}
