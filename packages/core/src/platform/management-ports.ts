import type { PageRequest } from './ports.js';

export type JoinApprovalMode = 'auto_approve' | 'approval_required';

/** A group a platform number created through the Groups API: a Parley group chat it owns. */
export interface PlatformGroup {
  readonly chatId: string;
  readonly numberId: string;
  readonly joinApprovalMode: JoinApprovalMode;
  /** The `request_id` the create call answered; the lifecycle webhook repeats it. */
  readonly requestId: string;
  readonly createdAt: number;
  readonly deletedAt: number | null;
}

/** Groups page by creation time, then chat id, like numbers. */
export const groupCursor = (group: PlatformGroup) => `${group.createdAt}.${group.chatId}`;

/** A display name waiting for the operator's review. */
export interface DisplayNameRequest {
  readonly numberId: string;
  readonly name: string;
  readonly requestedAt: number;
}

/** What managing numbers needs beyond the platform tables: call logs, name reviews, groups. */
export interface PlatformManagementRepository {
  /** Logs one register or deregister call. */
  recordRegistrationCall(numberId: string, at: number): Promise<void>;
  /** Register and deregister calls of the number at or after `since`. */
  countRegistrationCalls(numberId: string, since: number): Promise<number>;

  /** Replaces the number's pending display name. */
  requestDisplayName(request: DisplayNameRequest): Promise<void>;
  pendingDisplayName(numberId: string): Promise<DisplayNameRequest | undefined>;
  clearDisplayName(numberId: string): Promise<void>;

  createGroup(group: PlatformGroup): Promise<void>;
  getGroup(chatId: string): Promise<PlatformGroup | undefined>;
  /** The number's live groups in creation order, `limit` + 1 to tell whether more follow. */
  listGroups(numberId: string, page: PageRequest): Promise<PlatformGroup[]>;
  countGroups(numberId: string): Promise<number>;
  markGroupDeleted(chatId: string, at: number): Promise<void>;
}
