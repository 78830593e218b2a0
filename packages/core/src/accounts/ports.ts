import type { RateRule } from '../shared/rate-window.js';
import type { Account, AccountKind, Device, Profile, Verification } from './account.js';
import type { OtpChallenge } from './otp-policy.js';

export interface AccountRepository {
  get(accountId: string): Promise<Account | undefined>;
  findByPhone(phone: string): Promise<Account | undefined>;
  /** The accounts among these E.164 numbers; numbers not on Parley are left out. */
  findByPhones(phones: readonly string[]): Promise<Account[]>;
  /** Refuses a phone that already has an account (DomainError 'conflict'). */
  create(account: Account): Promise<void>;
  /** Resolves with the updated account, or undefined when there is none. */
  update(accountId: string, change: AccountChange): Promise<Account | undefined>;
  markSeen(accountId: string, at: number): Promise<void>;
}

export type AccountChange = Partial<
  Profile & { kind: AccountKind; verification: Verification; premium: boolean }
>;

export interface DeviceRepository {
  /** The device a token hash belongs to, unless it was revoked. */
  findActiveByTokenHash(tokenHash: string): Promise<Device | undefined>;
  get(accountId: string, deviceId: string): Promise<Device | undefined>;
  /** The account's devices that are not revoked, oldest first. */
  listActive(accountId: string): Promise<Device[]>;
  /**
   * Registers a new primary device: revokes every active device of the account and adds this
   * one, in one transaction.
   */
  replacePrimary(device: Device, tokenHash: string, at: number): Promise<{ revokedDeviceIds: string[] }>;
  addLinked(device: Device, tokenHash: string): Promise<void>;
  /** Resolves false when the device was not active. */
  revoke(accountId: string, deviceId: string, at: number): Promise<boolean>;
  touch(accountId: string, deviceId: string, at: number): Promise<void>;
}

export interface OtpRepository {
  get(phone: string): Promise<OtpChallenge | undefined>;
  /**
   * Stores `next` only if the stored state is still `previous` (compare-and-set), so parallel
   * guesses cannot each see the same attempt count. Resolves whether it was stored.
   */
  replace(previous: OtpChallenge | undefined, next: OtpChallenge): Promise<boolean>;
}

export interface LinkRequest {
  readonly id: string;
  /** The short code the new device shows (as text and QR) for the phone to approve. */
  readonly code: string;
  readonly secretHash: string;
  readonly deviceName: string;
  readonly platform: string;
  readonly expiresAt: number;
  readonly approvedAccountId: string | null;
  readonly claimedAt: number | null;
  readonly createdAt: number;
}

export interface LinkRequestRepository {
  create(request: LinkRequest): Promise<void>;
  get(id: string): Promise<LinkRequest | undefined>;
  findByCode(code: string): Promise<LinkRequest | undefined>;
  /** Approves an unapproved request; resolves whether this call approved it. */
  approve(id: string, accountId: string): Promise<boolean>;
  /** Requests the account approved that are not claimed yet and expire after `expiringAfter`. */
  countUnclaimed(accountId: string, expiringAfter: number): Promise<number>;
  /** Forgets requests that expired before `before`; codes are short and must not run out. */
  deleteExpired(before: number): Promise<void>;
  /** Marks an approved request claimed; resolves whether this call claimed it. */
  claim(id: string, at: number): Promise<boolean>;
}

/** Where one-time codes go: an SMS gateway, or the development outbox. */
export interface CodeSender {
  send(phone: string, code: string): Promise<void>;
}

/** Counts requests per client address, wherever the deployment keeps such counters. */
export interface AddressRateLimiter {
  take(
    address: string,
    rule: RateRule,
    now: number,
  ): Promise<{ allowed: true } | { allowed: false; retryAfterMs: number }>;
}
