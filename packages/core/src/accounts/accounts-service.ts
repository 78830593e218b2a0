import { DomainError } from '../shared/errors.js';
import type { Clock, IdGenerator, Secrets } from '../shared/ports.js';
import type { Account, Device, Principal, Profile, Session } from './account.js';
import { createDeviceLinking } from './device-linking.js';
import { checkCode, issueCode, OTP_POLICY, type OtpChallenge, type OtpPolicy } from './otp-policy.js';
import { normalizePhone } from './phone-number.js';
import type {
  AccountRepository,
  AddressRateLimiter,
  CodeSender,
  DeviceRepository,
  LinkRequestRepository,
  OtpRepository,
} from './ports.js';
import { validateProfileChange } from './profile-policy.js';

export interface AccountsDeps {
  readonly accounts: AccountRepository;
  readonly devices: DeviceRepository;
  readonly otps: OtpRepository;
  readonly linkRequests: LinkRequestRepository;
  readonly codeSender: CodeSender;
  readonly addressLimiter: AddressRateLimiter;
  /** Which of these media ids do not exist (a profile photo must be uploaded first). */
  readonly missingMedia: (mediaIds: readonly string[]) => Promise<string[]>;
  readonly secrets: Secrets;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  readonly otpPolicy?: OtpPolicy;
}

export interface CodeLogin extends Session {
  /** Whether this login created the account. */
  readonly created: boolean;
  /** The devices this login signed out (the previous phone and its linked devices). */
  readonly revokedDeviceIds: readonly string[];
}

export type PublicProfile = Pick<Account, 'id' | 'phone' | 'kind' | 'name' | 'about' | 'photoMediaId'>;

export const DEFAULT_ABOUT = 'Hey there! I am using Parley.';

/** Writing last-active on every request would cost a write per read; once a minute is enough. */
const TOUCH_EVERY_MS = 60_000;
/** Compare-and-set retries when parallel requests race on one number's code. */
const MAX_RACES = 5;

export function createAccountsService(deps: AccountsDeps) {
  const policy = deps.otpPolicy ?? OTP_POLICY;
  // Accounts are never deleted, so a positive answer can be kept.
  const known = new Set<string>();
  // The phone salts the hash: one table of six-digit hashes does not fit every number.
  const hashCode = (phone: string, code: string) => deps.secrets.hash(`otp:${phone}:${code}`);
  const busy = () => new DomainError('conflict', 'Another request for this number is in progress: try again');

  async function account(accountId: string): Promise<Account> {
    const found = await deps.accounts.get(accountId);
    if (found === undefined) throw new DomainError('not_found', 'No such account');
    return found;
  }

  /** Creates the account on its first login; every code login makes a new primary device. */
  async function register(
    phone: string,
    deviceName: string,
    platform: string,
    now: number,
  ): Promise<CodeLogin> {
    let existing = await deps.accounts.findByPhone(phone);
    const created = existing === undefined;
    if (existing === undefined) {
      existing = {
        id: deps.ids.next(),
        phone,
        kind: 'personal',
        name: '',
        about: DEFAULT_ABOUT,
        photoMediaId: null,
        createdAt: now,
        lastSeenAt: null,
      };
      await deps.accounts.create(existing);
    }
    const token = deps.secrets.randomToken(32);
    const device: Device = {
      id: deps.ids.next(),
      accountId: existing.id,
      kind: 'primary',
      name: deviceName,
      platform,
      createdAt: now,
      lastActiveAt: now,
    };
    const { revokedDeviceIds } = await deps.devices.replacePrimary(device, deps.secrets.hash(token), now);
    return { token, account: existing, device, created, revokedDeviceIds };
  }

  return {
    /** Sends a one-time code to the number, within the per-number and per-address limits. */
    async requestCode(
      phoneInput: string,
      clientAddress: string,
    ): Promise<{ phone: string; expiresAt: number; resendAfterMs: number }> {
      const phone = normalizePhone(phoneInput);
      const now = deps.clock.now();
      const code = deps.secrets.randomDigits(policy.codeLength);
      let addressCounted = false;
      for (let race = 0; race < MAX_RACES; race++) {
        const current = await deps.otps.get(phone);
        const next = issueCode(current, phone, hashCode(phone, code), now, policy);
        if (!addressCounted) {
          const taken = await deps.addressLimiter.take(`otp:${clientAddress}`, policy.sendsPerAddress, now);
          if (!taken.allowed) {
            throw new DomainError('rate_limited', 'Too many codes requested from this address', {
              retryAfterMs: taken.retryAfterMs,
            });
          }
          addressCounted = true;
        }
        if (await deps.otps.replace(current, next)) {
          await deps.codeSender.send(phone, code);
          return { phone, expiresAt: next.expiresAt, resendAfterMs: policy.resendAfterMs };
        }
      }
      throw busy();
    },

    /** Logs in with the code sent to the number. */
    async verifyCode(input: {
      phone: string;
      code: string;
      deviceName?: string;
      platform?: string;
    }): Promise<CodeLogin> {
      const phone = normalizePhone(input.phone);
      const now = deps.clock.now();
      for (let race = 0; race < MAX_RACES; race++) {
        const current: OtpChallenge | undefined = await deps.otps.get(phone);
        const check = checkCode(current, hashCode(phone, input.code), now, policy);
        if (check.next !== undefined && !(await deps.otps.replace(current, check.next))) continue;
        if (!check.accepted) throw check.error;
        return register(phone, input.deviceName ?? 'Phone', input.platform ?? 'unknown', now);
      }
      throw busy();
    },

    /** The device a token belongs to; refuses unknown and revoked tokens. */
    async authenticate(token: string): Promise<Principal> {
      const device = await deps.devices.findActiveByTokenHash(deps.secrets.hash(token));
      if (device === undefined) throw new DomainError('unauthenticated', 'Unknown or revoked device token');
      const now = deps.clock.now();
      if (device.lastActiveAt === null || now - device.lastActiveAt >= TOUCH_EVERY_MS) {
        await deps.devices.touch(device.accountId, device.id, now);
      }
      return { accountId: device.accountId, deviceId: device.id, deviceKind: device.kind };
    },

    async exists(accountId: string): Promise<boolean> {
      if (known.has(accountId)) return true;
      const found = (await deps.accounts.get(accountId)) !== undefined;
      if (found) known.add(accountId);
      return found;
    },

    /** Account ids by E.164 number, for the numbers that are on Parley. */
    async idsByPhone(phones: readonly string[]): Promise<ReadonlyMap<string, string>> {
      const found = await deps.accounts.findByPhones(phones);
      return new Map(found.map((a) => [a.phone, a.id]));
    },

    lastSeen: async (accountId: string): Promise<number | null> =>
      (await deps.accounts.get(accountId))?.lastSeenAt ?? null,
    markSeen: (accountId: string, at: number): Promise<void> => deps.accounts.markSeen(accountId, at),

    getProfile: (accountId: string): Promise<Account> => account(accountId),

    async updateProfile(accountId: string, change: Partial<Profile>): Promise<Account> {
      const valid = validateProfileChange(change);
      if (typeof valid.photoMediaId === 'string') {
        const missing = await deps.missingMedia([valid.photoMediaId]);
        if (missing.length > 0) throw new DomainError('not_found', 'No such media', { missing });
      }
      const updated = await deps.accounts.updateProfile(accountId, valid);
      if (updated === undefined) throw new DomainError('not_found', 'No such account');
      return updated;
    },

    async publicProfile(accountId: string): Promise<PublicProfile> {
      const { id, phone, kind, name, about, photoMediaId } = await account(accountId);
      return { id, phone, kind, name, about, photoMediaId };
    },

    listDevices: (accountId: string): Promise<Device[]> => deps.devices.listActive(accountId),

    /**
     * Signs a device out. The phone may sign out any linked device and a linked device itself;
     * the phone itself is replaced only by logging in with a code on another phone.
     */
    async revokeDevice(principal: Principal, deviceId: string): Promise<void> {
      const device = await deps.devices.get(principal.accountId, deviceId);
      if (device === undefined) throw new DomainError('not_found', 'No such device');
      if (device.kind === 'primary') {
        throw new DomainError('forbidden', 'The phone is signed out by logging in on another phone');
      }
      if (principal.deviceKind !== 'primary' && principal.deviceId !== deviceId) {
        throw new DomainError('forbidden', 'Only the phone can sign out other devices');
      }
      await deps.devices.revoke(principal.accountId, deviceId, deps.clock.now());
    },

    ...createDeviceLinking(deps),
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
