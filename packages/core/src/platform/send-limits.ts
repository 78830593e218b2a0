import type { Clock } from '../shared/ports.js';
import { msUntilToken, refill, type BucketRule, type TokenBucket } from '../shared/token-bucket.js';
import { PlatformError } from './platform-error.js';
import { Bounded, PLATFORM_CACHE_SIZE } from './platform-messaging.js';
import type { PlatformNumber } from './platform.js';

/** Contract 6.4: messages per second a number may send, by its throughput level. */
const NUMBER_THROUGHPUT: Readonly<Record<PlatformNumber['throughputLevel'], number>> = {
  STANDARD: 80,
  HIGH: 1_000,
};

/** Contract 6.4: one message to the same person every 6 s, with bursts of up to 45 borrowed ahead. */
const PAIR_RULE: BucketRule = { capacity: 45, refillEveryMs: 6_000 };

const numberRule = (number: PlatformNumber): BucketRule => {
  const perSecond = NUMBER_THROUGHPUT[number.throughputLevel];
  return { capacity: perSecond, refillEveryMs: 1_000 / perSecond };
};

/**
 * The Cloud API's send throttles, per node: a number's throughput (130429) and the pair limit
 * between a number and one person (131056). A refused send takes no token from either bucket.
 * Several nodes each allow the full rate.
 */
export function createSendLimits(clock: Clock) {
  const numbers = new Map<string, TokenBucket>();
  // Least recently used first: the pair that goes when the map is full has long refilled.
  const pairs = new Bounded<string, TokenBucket>(PLATFORM_CACHE_SIZE);

  return {
    /** Takes a token for a send from `number` to `recipient` (E.164), or refuses it. */
    take(number: PlatformNumber, recipient: string): void {
      const now = clock.now();
      const ownRule = numberRule(number);
      const own = refill(numbers.get(number.id), ownRule, now);
      if (own.tokens < 1) {
        throw new PlatformError(
          130429,
          'Message failed to send because there were too many messages sent from this phone number in a short period of time.',
          { extra: { retryAfterMs: msUntilToken(own.tokens, ownRule) } },
        );
      }
      const pairKey = `${number.id}:${recipient}`;
      const pair = refill(pairs.get(pairKey), PAIR_RULE, now);
      if (pair.tokens < 1) {
        throw new PlatformError(
          131056,
          'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.',
          { extra: { retryAfterMs: msUntilToken(pair.tokens, PAIR_RULE) } },
        );
      }
      numbers.set(number.id, { tokens: own.tokens - 1, at: now });
      pairs.delete(pairKey);
      pairs.set(pairKey, { tokens: pair.tokens - 1, at: now });
    },
  };
}
