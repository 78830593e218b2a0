import { randomFillSync } from 'node:crypto';
import type { IdGenerator } from '@parley/core';

const RANDOM_BYTES = 10;
/** Random bytes are drawn 4 KiB at a time: one call per id costs more than the rest of the id. */
const pool = Buffer.alloc(RANDOM_BYTES * 410);
let offset = pool.length;

function randomHex(): string {
  if (offset + RANDOM_BYTES > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  offset += RANDOM_BYTES;
  return pool.toString('hex', offset - RANDOM_BYTES, offset);
}

/**
 * Ids of messages the Graph API sends, shaped like the SDK's: the time in milliseconds (12 hex
 * digits) then 10 random bytes. At thousands of sends a second, ids that grow with time keep the
 * message index's writes at its end; the random part keeps them unguessable.
 */
export const timeOrderedIds: IdGenerator = {
  next: () => (Date.now().toString(16).padStart(12, '0') + randomHex()).toUpperCase(),
};
