import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecentSenders } from './recent-senders.js';

test('answers for ranges it saw whole, and only those', () => {
  const senders = new RecentSenders();
  senders.record('g', 5, 'a');
  senders.record('g', 6, 'b');
  senders.record('g', 7, null);
  senders.record('g', 8, 'a');
  assert.deepEqual(senders.between('g', 4, 8), ['a', 'b']);
  assert.deepEqual(senders.between('g', 6, 7), []);
  assert.equal(senders.between('g', 3, 6), undefined, 'seq 4 was never seen');
  assert.equal(senders.between('g', 5, 9), undefined, 'seq 9 not yet seen');
  assert.equal(senders.between('other', 0, 1), undefined);
});

test('a gap in the sequence starts the window over', () => {
  const senders = new RecentSenders();
  senders.record('g', 1, 'a');
  senders.record('g', 3, 'c');
  assert.equal(senders.between('g', 0, 3), undefined);
  assert.deepEqual(senders.between('g', 2, 3), ['c']);
});

test('the window slides and forgets the oldest', () => {
  const senders = new RecentSenders();
  for (let seq = 1; seq <= 2000; seq++) senders.record('g', seq, `s${seq}`);
  assert.equal(senders.between('g', 0, 2000), undefined);
  assert.deepEqual(senders.between('g', 1998, 2000), ['s1999', 's2000']);
});
