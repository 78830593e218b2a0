import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GroupCommit } from './group-commit.js';

test('items submitted in one turn commit as one batch', async () => {
  const batches: number[][] = [];
  const commit = new GroupCommit<number, number>(async (items) => {
    batches.push(items);
    return items.map((n) => n * 2);
  });
  const results = await Promise.all([1, 2, 3].map((n) => commit.submit(n)));
  assert.deepEqual(results, [2, 4, 6]);
  assert.deepEqual(batches, [[1, 2, 3]]);
});

test('an Error result rejects only its own item', async () => {
  const commit = new GroupCommit<number, number>(async (items) =>
    items.map((n) => (n === 2 ? new Error('bad') : n)),
  );
  const results = await Promise.allSettled([1, 2, 3].map((n) => commit.submit(n)));
  assert.deepEqual(
    results.map((r) => r.status),
    ['fulfilled', 'rejected', 'fulfilled'],
  );
});

test('a failing batch is retried item by item so neighbours survive', async () => {
  const commit = new GroupCommit<number, number>(async (items) => {
    if (items.includes(2)) throw new Error('constraint');
    return items;
  });
  const results = await Promise.allSettled([1, 2, 3].map((n) => commit.submit(n)));
  assert.deepEqual(
    results.map((r) => r.status),
    ['fulfilled', 'rejected', 'fulfilled'],
  );
});

test('work submitted during a commit waits for the next batch, and drain waits for it', async () => {
  const batches: number[][] = [];
  const commit = new GroupCommit<number, number>(async (items) => {
    batches.push(items);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return items;
  });
  const first = commit.submit(1);
  await new Promise((resolve) => setImmediate(resolve));
  const second = commit.submit(2);
  await commit.drain();
  assert.deepEqual(await Promise.all([first, second]), [1, 2]);
  assert.deepEqual(batches, [[1], [2]]);
});
