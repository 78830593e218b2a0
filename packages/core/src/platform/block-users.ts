import { tryNormalizePhone, type AccountKind } from '../accounts/index.js';
import type { Clock } from '../shared/ports.js';
import { PlatformError } from './platform-error.js';
import type { PlatformNumber } from './platform.js';

/** Contract 10.2. */
export const BLOCK_USERS = Object.freeze({
  perRequest: 1000,
  listMax: 64_000,
  /** Only people who wrote to the number this recently can be blocked. */
  windowMs: 24 * 60 * 60 * 1000,
});

export interface BlockUsersDeps {
  readonly accountIdsByPhone: (phones: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  readonly kindOf: (accountId: string) => Promise<AccountKind | undefined>;
  /** When the person last wrote to the business account, if ever. */
  readonly lastInboundAt: (businessAccountId: string, personId: string) => Promise<number | undefined>;
  readonly block: (actorId: string, otherId: string) => Promise<void>;
  readonly unblock: (actorId: string, otherId: string) => Promise<void>;
  readonly listBlocked: (actorId: string) => Promise<readonly string[]>;
  readonly clock: Clock;
}

/** One user of a block or unblock request: `error` is set when it failed. */
export interface BlockOutcome {
  readonly input: string;
  readonly waId: string;
  readonly error?: PlatformError;
}

export interface BlockResult {
  readonly done: BlockOutcome[];
  readonly failed: BlockOutcome[];
}

const waIdOf = (phone: string) => phone.replace(/^\+/, '');

/**
 * The Block Users API over Parley's own blocks: a blocked person can no longer message the
 * number, and the number's sends to them fail, exactly as when a person blocks someone.
 */
export function createBlockUsersService(deps: BlockUsersDeps) {
  /** Resolves each input to an account, or to the reason it cannot be acted on. */
  async function resolve(inputs: readonly string[]) {
    if (inputs.length > BLOCK_USERS.perRequest) {
      throw new PlatformError(131009, `Param block_users holds at most ${BLOCK_USERS.perRequest} users.`);
    }
    const phones = inputs.map((input) => tryNormalizePhone(input));
    const ids = await deps.accountIdsByPhone(phones.filter((p): p is string => p !== null));
    return inputs.map((input, i) => {
      const phone = phones[i] ?? null;
      const waId = phone === null ? input.replace(/\D/g, '') : waIdOf(phone);
      const accountId = phone === null ? undefined : ids.get(phone);
      return { input, waId, phone, accountId };
    });
  }

  const reEngagement = () =>
    new PlatformError(
      131047,
      'Only users who sent a message to this number in the last 24 hours can be blocked.',
    );

  return {
    async block(number: PlatformNumber, inputs: readonly string[]): Promise<BlockResult> {
      const result: BlockResult = { done: [], failed: [] };
      const already = new Set(await deps.listBlocked(number.accountId));
      const since = deps.clock.now() - BLOCK_USERS.windowMs;
      for (const { input, waId, phone, accountId } of await resolve(inputs)) {
        const fail = (error: PlatformError) => result.failed.push({ input, waId, error });
        if (phone === null) {
          fail(new PlatformError(131009, `"${input}" is not a phone number in international format.`));
        } else if (accountId === undefined || accountId === number.accountId) {
          fail(reEngagement());
        } else if ((await deps.kindOf(accountId)) !== 'personal') {
          fail(new PlatformError(131009, 'A business account cannot be blocked.'));
        } else if (already.has(accountId)) {
          result.done.push({ input, waId });
        } else if (((await deps.lastInboundAt(number.accountId, accountId)) ?? -Infinity) < since) {
          fail(reEngagement());
        } else if (already.size >= BLOCK_USERS.listMax) {
          fail(new PlatformError(139101, `The blocklist holds at most ${BLOCK_USERS.listMax} users.`));
        } else {
          await deps.block(number.accountId, accountId);
          already.add(accountId);
          result.done.push({ input, waId });
        }
      }
      return result;
    },

    /** Unblocking needs no recent message: anyone on the list can be taken off it. */
    async unblock(number: PlatformNumber, inputs: readonly string[]): Promise<BlockResult> {
      const result: BlockResult = { done: [], failed: [] };
      const blocked = new Set(await deps.listBlocked(number.accountId));
      for (const { input, waId, phone, accountId } of await resolve(inputs)) {
        if (phone === null) {
          const error = new PlatformError(
            131009,
            `"${input}" is not a phone number in international format.`,
          );
          result.failed.push({ input, waId, error });
        } else {
          if (accountId !== undefined && blocked.has(accountId))
            await deps.unblock(number.accountId, accountId);
          result.done.push({ input, waId });
        }
      }
      return result;
    },

    listBlocked: (number: PlatformNumber) => deps.listBlocked(number.accountId),
  };
}

export type BlockUsersService = ReturnType<typeof createBlockUsersService>;
