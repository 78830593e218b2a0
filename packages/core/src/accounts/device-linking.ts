import { DomainError } from '../shared/errors.js';
import type { Clock, IdGenerator, Secrets } from '../shared/ports.js';
import type { Device, Principal, Session } from './account.js';
import { linkedDeviceAllowance } from './device-allowance.js';
import { LINK_POLICY, newLinkCode, normalizeLinkCode } from './link-policy.js';
import type {
  AccountRepository,
  AddressRateLimiter,
  DeviceRepository,
  LinkRequestRepository,
} from './ports.js';

export interface LinkingDeps {
  readonly accounts: AccountRepository;
  readonly devices: DeviceRepository;
  readonly linkRequests: LinkRequestRepository;
  readonly addressLimiter: AddressRateLimiter;
  readonly secrets: Secrets;
  readonly ids: IdGenerator;
  readonly clock: Clock;
}

/** Link requests per client address per hour: each is a row anyone can create. */
const LINK_REQUESTS_PER_ADDRESS = { limit: 30, windowMs: 60 * 60_000 };

export type LinkClaim =
  { readonly status: 'pending'; readonly expiresAt: number } | ({ readonly status: 'linked' } & Session);

/**
 * Linking a device (a browser, a desktop) to an account: the new device asks for a short code
 * and shows it, the phone approves the code, the new device claims its token with the secret only
 * it holds. The code alone grants nothing.
 */
export function createDeviceLinking(deps: LinkingDeps) {
  return {
    async createLinkRequest(
      input: { deviceName: string; platform: string },
      clientAddress: string,
    ): Promise<{ id: string; code: string; secret: string; expiresAt: number }> {
      const now = deps.clock.now();
      const taken = await deps.addressLimiter.take(`link:${clientAddress}`, LINK_REQUESTS_PER_ADDRESS, now);
      if (!taken.allowed) {
        throw new DomainError('rate_limited', 'Too many link requests from this address', {
          retryAfterMs: taken.retryAfterMs,
        });
      }
      await deps.linkRequests.deleteExpired(now - LINK_POLICY.claimGraceMs);
      const secret = deps.secrets.randomToken(32);
      const request = {
        id: deps.ids.next(),
        code: newLinkCode(deps.secrets.randomDigits),
        secretHash: deps.secrets.hash(secret),
        deviceName: input.deviceName,
        platform: input.platform,
        expiresAt: now + LINK_POLICY.codeTtlMs,
        approvedAccountId: null,
        claimedAt: null,
        createdAt: now,
      };
      await deps.linkRequests.create(request);
      return { id: request.id, code: request.code, secret, expiresAt: request.expiresAt };
    },

    /** The phone approves the code a new device shows. */
    async approveLink(principal: Principal, codeInput: string): Promise<void> {
      if (principal.deviceKind !== 'primary') {
        throw new DomainError('forbidden', 'Only the phone can link devices');
      }
      const now = deps.clock.now();
      const request = await deps.linkRequests.findByCode(normalizeLinkCode(codeInput));
      if (request === undefined) throw new DomainError('not_found', 'No such link code');
      if (now >= request.expiresAt) throw new DomainError('expired', 'The link code has expired');
      if (request.approvedAccountId !== null)
        throw new DomainError('conflict', 'The link code was already used');
      // Approved requests not yet claimed count too, so that racing approvals cannot pass the cap.
      const linked = (await deps.devices.listActive(principal.accountId)).filter((d) => d.kind === 'linked');
      const pending = await deps.linkRequests.countUnclaimed(
        principal.accountId,
        now - LINK_POLICY.claimGraceMs,
      );
      const account = await deps.accounts.get(principal.accountId);
      if (account === undefined) throw new DomainError('not_found', 'No such account');
      const allowance = linkedDeviceAllowance(account);
      if (linked.length + pending >= allowance) {
        throw new DomainError('limit_exceeded', `This account can link at most ${allowance} devices`, {
          limit: allowance,
        });
      }
      if (!(await deps.linkRequests.approve(request.id, principal.accountId))) {
        throw new DomainError('conflict', 'The link code was already used');
      }
    },

    /** The new device polls with its secret until the phone has approved. */
    async claimLink(id: string, secret: string): Promise<LinkClaim> {
      const now = deps.clock.now();
      const request = await deps.linkRequests.get(id);
      if (request === undefined || request.secretHash !== deps.secrets.hash(secret)) {
        throw new DomainError('not_found', 'No such link request');
      }
      if (request.claimedAt !== null)
        throw new DomainError('conflict', 'The link request was already claimed');
      if (request.approvedAccountId === null) {
        if (now >= request.expiresAt) throw new DomainError('expired', 'The link code has expired');
        return { status: 'pending', expiresAt: request.expiresAt };
      }
      if (now >= request.expiresAt + LINK_POLICY.claimGraceMs) {
        throw new DomainError('expired', 'The approval has expired: link again');
      }
      const account = await deps.accounts.get(request.approvedAccountId);
      if (account === undefined) throw new DomainError('not_found', 'No such account');
      if (!(await deps.linkRequests.claim(id, now))) {
        throw new DomainError('conflict', 'The link request was already claimed');
      }
      const token = deps.secrets.randomToken(32);
      const device: Device = {
        id: deps.ids.next(),
        accountId: account.id,
        kind: 'linked',
        name: request.deviceName,
        platform: request.platform,
        createdAt: now,
        lastActiveAt: now,
      };
      await deps.devices.addLinked(device, deps.secrets.hash(token));
      return { status: 'linked', token, account, device };
    },
  };
}
