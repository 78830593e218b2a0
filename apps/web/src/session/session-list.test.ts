import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSessions, withoutSession, withSession, type StoredSession } from './session-list';

const session = (accountId: string, deviceId: string): StoredSession => ({
  token: `token-${deviceId}`,
  accountId,
  deviceId,
  phone: `+1555000${accountId}`,
});

test('a new account joins the held ones; signing in again replaces that account’s old device', () => {
  const personal = session('1', 'a');
  const business = session('2', 'b');
  assert.deepEqual(withSession([personal], business), [personal, business]);
  const again = session('1', 'c');
  assert.deepEqual(withSession([personal, business], again), [again, business]);
});

test('forgetting a device keeps the other accounts', () => {
  const personal = session('1', 'a');
  const business = session('2', 'b');
  assert.deepEqual(withoutSession([personal, business], 'a'), [business]);
  assert.deepEqual(withoutSession([personal], 'z'), [personal]);
});

test('stored sessions that are not sessions are dropped, not trusted', () => {
  const valid = session('1', 'a');
  assert.deepEqual(parseSessions([valid, null, 'x', { token: 't' }, { ...valid, phone: 5 }]), [valid]);
  assert.deepEqual(parseSessions({ token: 't' }), []);
  assert.deepEqual(parseSessions(undefined), []);
});
