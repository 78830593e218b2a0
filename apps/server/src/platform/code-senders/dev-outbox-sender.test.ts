import assert from 'node:assert/strict';
import { test } from 'node:test';
import pino from 'pino';
import { DevOutboxSender } from './dev-outbox-sender.js';

test('keeps the newest codes, newest first, up to its size', async () => {
  let now = 0;
  const outbox = new DevOutboxSender(pino({ level: 'silent' }), { now: () => ++now }, 3);
  for (const code of ['111111', '222222', '333333', '444444']) await outbox.send('+14155550101', code);
  await outbox.send('+14155550102', '555555');
  assert.deepEqual(
    outbox.recent().map((m) => m.code),
    ['555555', '444444', '333333'],
  );
  assert.deepEqual(
    outbox.recent('+14155550101').map((m) => [m.code, m.sentAt]),
    [
      ['444444', 4],
      ['333333', 3],
    ],
  );
  assert.match(outbox.recent()[0]!.text, /555555/);
});
