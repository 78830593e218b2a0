import { createHash, randomBytes, randomInt } from 'node:crypto';
import { NODE_PREFIX, type Clock, type GraphIds, type IdGenerator, type Secrets } from '@parley/core';

export const systemClock: Clock = { now: () => Date.now() };

/** 16 random bytes, URL-safe: unguessable, so an id alone grants nothing but cannot be guessed. */
export const randomIds: IdGenerator = { next: () => randomBytes(16).toString('base64url') };

export const nodeSecrets: Secrets = {
  randomDigits: (length) => Array.from({ length }, () => randomInt(10)).join(''),
  randomToken: (bytes) => randomBytes(bytes).toString('base64url'),
  hash: (value) => createHash('sha256').update(value).digest('hex'),
};

/** Graph ids: the kind's digit and 15 random ones. */
export const graphIds: GraphIds = {
  next: (kind) => NODE_PREFIX[kind] + nodeSecrets.randomDigits(15),
};
