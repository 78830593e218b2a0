import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import { canSee, directKeyOf, type Member } from './chat.js';
import { assertAdmin, assertRoomFor, GROUP_MAX_MEMBERS } from './group-policy.js';

const member = (overrides: Partial<Member> = {}): Member => ({
  chatId: 'g',
  accountId: 'a',
  role: 'member',
  joinedSeq: 10,
  leftSeq: null,
  deliveredSeq: 10,
  readSeq: 10,
  ...overrides,
});

test('a group holds at most 1,024 members', () => {
  assertRoomFor(GROUP_MAX_MEMBERS - 1, 1);
  assert.throws(() => assertRoomFor(GROUP_MAX_MEMBERS, 1), DomainError);
  assert.throws(() => assertRoomFor(1, GROUP_MAX_MEMBERS), DomainError);
});

test('members see what was sent while they were in the group', () => {
  assert.equal(canSee(member(), 10), false);
  assert.equal(canSee(member(), 11), true);
  assert.equal(canSee(member({ leftSeq: 20 }), 20), true);
  assert.equal(canSee(member({ leftSeq: 20 }), 21), false);
});

test('only active admins administer', () => {
  assertAdmin(member({ role: 'admin' }));
  assert.throws(() => assertAdmin(member()), DomainError);
  assert.throws(() => assertAdmin(member({ role: 'admin', leftSeq: 12 })), DomainError);
  assert.throws(() => assertAdmin(undefined), DomainError);
});

test('a pair of accounts has one direct key whatever the order', () => {
  assert.equal(directKeyOf('b', 'a'), directKeyOf('a', 'b'));
});
