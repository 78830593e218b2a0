import type { ActivityBucket } from './statistics.js';

export interface ActivityReader {
  /**
   * The business's message counts in its direct chats, per quarter hour (buckets aligned to
   * STATISTICS_LIMITS.bucketMs from the epoch) for messages created in [from, to); quiet
   * quarters are left out.
   */
  activity(businessId: string, from: number, to: number): Promise<ActivityBucket[]>;
}
