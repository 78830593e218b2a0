export interface BlockRepository {
  /** Whether `blockerId` has blocked `blockedId`. Called on every direct send: keep it cheap. */
  isBlocked(blockerId: string, blockedId: string): Promise<boolean>;
  block(blockerId: string, blockedId: string, at: number): Promise<void>;
  unblock(blockerId: string, blockedId: string): Promise<void>;
  list(blockerId: string): Promise<string[]>;
}

export interface Report {
  readonly id: string;
  readonly reporterId: string;
  readonly reportedId: string;
  readonly chatId: string | null;
  readonly reason: string;
  readonly messageIds: readonly string[];
  readonly createdAt: number;
}

/** Reports are kept for the platform operator to review (the operator console reads them). */
export interface ReportRepository {
  add(report: Report): Promise<void>;
}
