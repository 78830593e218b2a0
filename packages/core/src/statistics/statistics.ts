export interface ActivityCounts {
  /** Messages the business sent, without system and protocol messages (reactions, edits, revokes). */
  readonly sent: number;
  /** Of those sent, how many the recipient's receipts cover as delivered (read ones included). */
  readonly delivered: number;
  /** Of those sent, how many the recipient has read. */
  readonly read: number;
  /** Messages customers sent to the business. */
  readonly received: number;
}

/** Counts for the messages created in one quarter of an hour, starting at `start` (epoch ms, UTC). */
export interface ActivityBucket extends ActivityCounts {
  readonly start: number;
}

export interface DailyActivity extends ActivityCounts {
  /** YYYY-MM-DD on the requested time zone's calendar. */
  readonly date: string;
}

export interface Statistics {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  /** Every day of the range, oldest first, with zeros on quiet days. */
  readonly days: readonly DailyActivity[];
  readonly totals: ActivityCounts;
}
