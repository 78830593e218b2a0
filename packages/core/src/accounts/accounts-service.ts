import { DomainError } from '../shared/errors.js';
import type { Clock, IdGenerator, Secrets } from '../shared/ports.js';
import type { Account, AccountKind, Device, Principal, Profile, Session, Verification } from './account.js';
import { createDeviceLinking } from './device-linking.js';
import { checkCode, issueCode, OTP_POLICY, type OtpChallenge, type OtpPolicy } from './otp-policy.js';
import { normalizePhone } from './phone-number.js';
import type {
  AccountChange,
  AccountRepository,
  AddressRateLimiter,
  CodeSender,
  DeviceRepository,
  LinkRequestRepository,
  OtpRepository,
} from './ports.js';
import { checkBusinessName } from '../business/index.js';
import { checkLogoSize, validateProfileChange } from './profile-policy.js';

export interface AccountsDeps {
  readonly accounts: AccountRepository;
  readonly devices: DeviceRepository;
  readonly otps: OtpRepository;
  readonly linkRequests: LinkRequestRepository;
  readonly codeSender: CodeSender;
  readonly addressLimiter: AddressRateLimiter;
  /** An uploaded image's size, or undefined when there is no such media (photos are uploaded first). */
  readonly imageSize: (
    mediaId: string,
  ) => Promise<{ width: number | null; height: number | null } | undefined>;
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

export type PublicProfile = Pick<
  Account,
  'id' | 'phone' | 'kind' | 'verification' | 'name' | 'about' | 'photoMediaId'
>;

/** The kinds a phone can sign up as; platform numbers are registered through the Business Platform. */
export type SignUpKind = Extract<AccountKind, 'personal' | 'business'>;

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
    kind: SignUpKind,
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
        kind,
        verification: 'unverified',
        premium: false,
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

  async function update(accountId: string, change: AccountChange): Promise<Account> {
    const updated = await deps.accounts.update(accountId, change);
    if (updated === undefined) throw new DomainError('not_found', 'No such account');
    return updated;
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
      /** The kind of account to create when the number has none; an existing account keeps its kind. */
      accountKind?: SignUpKind;
    }): Promise<CodeLogin> {
      const phone = normalizePhone(input.phone);
      const now = deps.clock.now();
      for (let race = 0; race < MAX_RACES; race++) {
        const current: OtpChallenge | undefined = await deps.otps.get(phone);
        const check = checkCode(current, hashCode(phone, input.code), now, policy);
        if (check.next !== undefined && !(await deps.otps.replace(current, check.next))) continue;
        if (!check.accepted) throw check.error;
        return register(
          phone,
          input.accountKind ?? 'personal',
          input.deviceName ?? 'Phone',
          input.platform ?? 'unknown',
          now,
        );
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
    kindOf: async (accountId: string): Promise<AccountKind | undefined> =>
      (await deps.accounts.get(accountId))?.kind,

    async updateProfile(accountId: string, change: Partial<Profile>): Promise<Account> {
      const current = await account(accountId);
      const valid = validateProfileChange(change, current.kind);
      if (typeof valid.photoMediaId === 'string') {
        const size = await deps.imageSize(valid.photoMediaId);
        if (size === undefined) {
          throw new DomainError('not_found', 'No such media', { missing: [valid.photoMediaId] });
        }
        if (current.kind !== 'personal') checkLogoSize(size);
      }
      return update(accountId, valid);
    },

    /**
     * Turns a personal account into a business one, keeping its chats. There is no way back, as in
     * the Business app: customers have seen the business badge and the business profile.
     */
    async convertToBusiness(accountId: string): Promise<Account> {
      const current = await account(accountId);
      if (current.kind === 'business') return current;
      if (current.kind !== 'personal') {
        throw new DomainError('conflict', 'Only a personal account can become a business account');
      }
      // The name becomes the business name, so it must pass the business rules first.
      const name = current.name === '' ? current.name : checkBusinessName(current.name);
      return update(accountId, { kind: 'business', name });
    },

    /** The Business app has no way back; saying so is clearer than a missing route. */
    async refuseConversionToPersonal(accountId: string): Promise<never> {
      const current = await account(accountId);
      throw new DomainError(
        'conflict',
        current.kind === 'personal'
          ? 'This account is already a personal account'
          : 'A business account cannot become a personal account again; register another number for personal use',
      );
    },

    /** The operator's levers: the check next to a business's name and the premium device allowance. */
    async setStanding(
      accountId: string,
      change: { verification?: Verification; premium?: boolean },
    ): Promise<Account> {
      const current = await account(accountId);
      if (current.kind === 'personal' && (change.verification ?? 'unverified') !== 'unverified') {
        throw new DomainError('conflict', 'Only businesses are verified');
      }
      if (current.kind === 'personal' && change.premium === true) {
        throw new DomainError('conflict', 'Only businesses can be premium');
      }
      return update(accountId, change);
    },

    /**
     * The network account behind a Business Platform number. It has no devices: the API speaks for
     * it. Its name is the verified display name, and a number already on Parley cannot be taken.
     */
    async createPlatformAccount(phoneInput: string, verifiedName: string): Promise<Account> {
      const created: Account = {
        id: deps.ids.next(),
        phone: normalizePhone(phoneInput),
        kind: 'platform',
        verification: 'verified',
        premium: false,
        name: verifiedName,
        about: '',
        photoMediaId: null,
        createdAt: deps.clock.now(),
        lastSeenAt: null,
      };
      await deps.accounts.create(created);
      return created;
    },

    /** A personal account made for someone else's use (the sandbox's test phones); no device yet. */
    async createPersonalAccount(phoneInput: string, name: string): Promise<Account> {
      const created: Account = {
        id: deps.ids.next(),
        phone: normalizePhone(phoneInput),
        kind: 'personal',
        verification: 'unverified',
        premium: false,
        name: validateProfileChange({ name }, 'personal').name ?? name,
        about: DEFAULT_ABOUT,
        photoMediaId: null,
        createdAt: deps.clock.now(),
        lastSeenAt: null,
      };
      await deps.accounts.create(created);
      return created;
    },

    /**
     * Signs an existing account in on a new primary device without a code, as a code login does
     * (the previous phone is signed out). Only for callers that vouch for the account themselves:
     * the sandbox's login links.
     */
    async signInVouched(accountId: string, deviceName: string, platform: string): Promise<CodeLogin> {
      const existing = await account(accountId);
      if (existing.kind === 'platform') {
        throw new DomainError(
          'forbidden',
          'A Business Platform number has no devices: the API speaks for it',
        );
      }
      return register(existing.phone, 'personal', deviceName, platform, deps.clock.now());
    },

    async publicProfile(accountId: string): Promise<PublicProfile> {
      const { id, phone, kind, verification, name, about, photoMediaId } = await account(accountId);
      return { id, phone, kind, verification, name, about, photoMediaId };
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
