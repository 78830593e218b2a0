import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DomainEvent } from '@parley/core';
import { createInProcessBus } from './in-process-bus.js';

const event: DomainEvent = {
  type: 'receipt.advanced',
  chatId: 'c',
  accountId: 'a',
  deliveredSeq: 1,
  readSeq: 0,
  previous: { deliveredSeq: 0, readSeq: 0 },
  at: 1,
};

test('publish waits for the subscribers that return a promise', async () => {
  const bus = createInProcessBus();
  const persisted: string[] = [];
  bus.subscribe(() => undefined);
  bus.subscribe(async (e) => {
    await new Promise((resolve) => setImmediate(resolve));
    persisted.push(e.type);
  });
  await bus.publish([event]);
  assert.deepEqual(persisted, ['receipt.advanced']);
});

test('a failing subscriber is reported, does not stop the others, and rejects publish', async () => {
  const reported: unknown[] = [];
  const bus = createInProcessBus((error) => reported.push(error));
  const seen: string[] = [];
  bus.subscribe(() => {
    throw new Error('sync failure');
  });
  bus.subscribe(() => Promise.reject(new Error('async failure')));
  bus.subscribe((e) => void seen.push(e.type));
  await assert.rejects(bus.publish([event]));
  assert.deepEqual(seen, ['receipt.advanced']);
  assert.deepEqual(
    reported.map((e) => (e as Error).message),
    ['sync failure', 'async failure'],
  );
});
