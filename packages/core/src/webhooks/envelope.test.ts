import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEnvelopes } from './envelope.js';
import type { WebhookChange } from './webhook-change.js';
import { statusChange, templateStatusChange } from './webhook-payloads.js';

const number = { displayPhoneNumber: '15550783881', phoneNumberId: '3000000000000001' };
const status = (id: string, kind: 'sent' | 'read' = 'sent', recipient = '16505551234'): WebhookChange =>
  statusChange('2000000000000001', number, [{ id, status: kind, timestamp: 1_000, recipientId: recipient }]);

test('one entry per WABA, changes in arrival order, each status of a different message its own change', () => {
  const other = { ...status('wamid.C'), wabaId: '2000000000000002' };
  const [batch, ...rest] = buildEnvelopes([status('wamid.A'), other, status('wamid.B')]);
  assert.equal(rest.length, 0);
  assert.equal(batch?.eventCount, 3);
  assert.deepEqual(
    batch?.envelope.entry.map((entry) => [
      entry.id,
      entry.changes.map((c) => (c.value.statuses as { id: string }[])[0]?.id),
    ]),
    [
      ['2000000000000001', ['wamid.A', 'wamid.B']],
      ['2000000000000002', ['wamid.C']],
    ],
  );
  assert.equal(batch?.envelope.object, 'whatsapp_business_account');
});

test('one message’s same status for several recipients shares a change, without touching the inputs', () => {
  const first = status('wamid.G', 'read', '1');
  const second = status('wamid.G', 'read', '2');
  const [batch] = buildEnvelopes([first, second, status('wamid.G', 'sent', '3')]);
  const changes = batch!.envelope.entry[0]!.changes;
  assert.equal(changes.length, 2);
  assert.deepEqual(
    (changes[0]!.value.statuses as { recipient_id: string }[]).map((s) => s.recipient_id),
    ['1', '2'],
  );
  assert.equal((first.value.statuses as unknown[]).length, 1);
  assert.equal(batch?.eventCount, 3);
});

test('no body holds more than 1000 updates, and the batches keep the order of the changes', () => {
  const changes = Array.from({ length: 2500 }, (_, i) => status(`wamid.${i}`));
  const batches = buildEnvelopes(changes);
  assert.deepEqual(
    batches.map((b) => b.eventCount),
    [1000, 1000, 500],
  );
  assert.deepEqual(
    batches.flatMap((b) => b.changes),
    changes,
  );
  const ids = batches.flatMap((b) =>
    b.envelope.entry.flatMap((e) => e.changes.map((c) => (c.value.statuses as { id: string }[])[0]!.id)),
  );
  assert.deepEqual(
    ids,
    changes.map((_, i) => `wamid.${i}`),
  );
});

test('a change carrying a time gives its entry a time in seconds', () => {
  const change = templateStatusChange(
    '2000000000000001',
    { event: 'APPROVED', templateId: '6000000000000001', name: 'hi', language: 'en' },
    1_751_247_548_900,
  );
  const [batch] = buildEnvelopes([change]);
  assert.equal(batch?.envelope.entry[0]?.time, 1_751_247_548);
  assert.deepEqual(Object.keys(batch!.envelope.entry[0]!), ['id', 'time', 'changes']);
});
