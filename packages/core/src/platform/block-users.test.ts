import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BLOCK_USERS, createBlockUsersService } from './block-users.js';
import type { PlatformNumber } from './platform.js';

const HOUR = 60 * 60 * 1000;
const now = Date.UTC(2030, 0, 2);
const number = { id: '3000000000000001', accountId: 'biz' } as PlatformNumber;

/** People by phone, with when each last wrote to the business. */
function fixture(people: Record<string, { id: string; kind?: 'personal' | 'business'; wroteAt?: number }>) {
  const blocked = new Set<string>();
  const byId = new Map(Object.values(people).map((p) => [p.id, p]));
  const service = createBlockUsersService({
    accountIdsByPhone: async (phones) =>
      new Map(phones.flatMap((phone) => (people[phone] ? [[phone, people[phone].id] as const] : []))),
    kindOf: async (id) =>
      byId.has(id) ? (byId.get(id)!.kind ?? 'personal') : id === 'biz' ? 'platform' : undefined,
    lastInboundAt: async (_business, id) => byId.get(id)?.wroteAt,
    block: async (_actor, id) => void blocked.add(id),
    unblock: async (_actor, id) => void blocked.delete(id),
    listBlocked: async () => [...blocked],
    clock: { now: () => now },
  });
  return { service, blocked };
}

test('blocks people who wrote within 24 h; the rest fail with 131047 or 131009', async () => {
  const { service, blocked } = fixture({
    '+14155550101': { id: 'recent', wroteAt: now - 23 * HOUR },
    '+14155550102': { id: 'old', wroteAt: now - 25 * HOUR },
    '+14155550103': { id: 'never' },
    '+14155550104': { id: 'shop', kind: 'business', wroteAt: now - HOUR },
  });
  const result = await service.block(number, [
    '14155550101',
    '+14155550102',
    '+14155550103',
    '+14155550104',
    'nonsense',
  ]);
  assert.deepEqual(result.done, [{ input: '14155550101', waId: '14155550101' }]);
  assert.deepEqual(
    result.failed.map((f) => [f.input, f.error?.graphCode]),
    [
      ['+14155550102', 131047],
      ['+14155550103', 131047],
      ['+14155550104', 131009],
      ['nonsense', 131009],
    ],
  );
  assert.deepEqual([...blocked], ['recent']);
  // Blocking again is not a failure, even once the window has closed.
  assert.equal((await service.block(number, ['+14155550101'])).failed.length, 0);
  const unblocked = await service.unblock(number, ['+14155550101', '+14155550102']);
  assert.equal(unblocked.done.length, 2);
  assert.equal(blocked.size, 0);
});

test('a request names at most 1000 users', async () => {
  const { service } = fixture({});
  const many = Array.from({ length: BLOCK_USERS.perRequest + 1 }, () => '+14155550101');
  await assert.rejects(service.block(number, many), { graphCode: 131009 });
});
