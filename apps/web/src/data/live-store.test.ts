import assert from 'node:assert/strict';
import { beforeEach, mock, test } from 'node:test';
import type { RealtimeConnection, RealtimeEvents } from '@parley/sdk';
import { LiveStore } from './live-store';

/** Stands in for the SDK's connection: the store only listens to it. */
class FakeConnection {
  private readonly handlers = new Map<string, Set<(payload: never) => void>>();
  on<K extends keyof RealtimeEvents>(event: K, handler: (payload: RealtimeEvents[K]) => void) {
    const set = this.handlers.get(event as string) ?? new Set();
    set.add(handler as (payload: never) => void);
    this.handlers.set(event as string, set);
    return () => set.delete(handler as (payload: never) => void);
  }
  emit<K extends keyof RealtimeEvents>(event: K, payload: RealtimeEvents[K]) {
    for (const handler of this.handlers.get(event as string) ?? [])
      (handler as (p: typeof payload) => void)(payload);
  }
}

let connection: FakeConnection;
let store: LiveStore;

beforeEach(() => {
  connection = new FakeConnection();
  store = new LiveStore(connection as unknown as RealtimeConnection);
  store.attach();
});

test('watermarks only move forward, and reading implies delivery', () => {
  connection.emit('receipt', { chatId: 'c', accountId: 'b', deliveredSeq: 5, readSeq: 2, at: 1 });
  connection.emit('receipt', { chatId: 'c', accountId: 'b', deliveredSeq: 3, readSeq: 1, at: 2 });
  assert.deepEqual(store.watermarksOf('c')?.get('b'), { deliveredSeq: 5, readSeq: 2 });
  connection.emit('receipt', { chatId: 'c', accountId: 'b', deliveredSeq: 0, readSeq: 9, at: 3 });
  assert.deepEqual(store.watermarksOf('c')?.get('b'), { deliveredSeq: 9, readSeq: 9 });
});

test('a snapshot is replaced on change, so React sees a new value, and kept otherwise', () => {
  const listener = mock.fn();
  store.subscribe(listener);
  connection.emit('receipt', { chatId: 'c', accountId: 'b', deliveredSeq: 1, readSeq: 0, at: 1 });
  const first = store.watermarksOf('c');
  connection.emit('receipt', { chatId: 'other', accountId: 'b', deliveredSeq: 1, readSeq: 0, at: 1 });
  assert.equal(store.watermarksOf('c'), first);
  connection.emit('receipt', { chatId: 'c', accountId: 'b', deliveredSeq: 2, readSeq: 0, at: 1 });
  assert.notEqual(store.watermarksOf('c'), first);
  assert.equal(listener.mock.callCount(), 3);
});

test('typing shows until paused, a message from the typist, or a quiet timeout', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    connection.emit('typing', { chatId: 'c', accountId: 'b', state: 'composing' });
    connection.emit('typing', { chatId: 'c', accountId: 'd', state: 'recording' });
    assert.deepEqual(store.typingIn('c'), [
      { accountId: 'b', state: 'composing' },
      { accountId: 'd', state: 'recording' },
    ]);
    connection.emit('typing', { chatId: 'c', accountId: 'd', state: 'paused' });
    assert.deepEqual(store.typingIn('c'), [{ accountId: 'b', state: 'composing' }]);
    mock.timers.tick(5_999);
    assert.equal(store.typingIn('c')?.length, 1);
    mock.timers.tick(1);
    assert.equal(store.typingIn('c'), undefined);

    connection.emit('typing', { chatId: 'c', accountId: 'b', state: 'composing' });
    connection.emit('message', { chatId: 'c', senderId: 'b' } as RealtimeEvents['message']);
    assert.equal(store.typingIn('c'), undefined);
  } finally {
    mock.timers.reset();
  }
});

test('presence keeps the latest state per account', () => {
  connection.emit('presence', { accountId: 'b', state: 'available', lastSeenAt: null });
  connection.emit('presence', { accountId: 'b', state: 'unavailable', lastSeenAt: 42 });
  assert.deepEqual(store.presenceOf('b'), { accountId: 'b', state: 'unavailable', lastSeenAt: 42 });
  assert.equal(store.presenceOf('nobody'), undefined);
});
