import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statusChange, type WebhookChange } from '@parley/core';
import { openDatabase, SqlWebhookQueue } from '@parley/db';
import { createWebhooks } from '../apps/server/src/webhooks/webhooks.js';
import { progress, round, writeResult } from './support.js';

const EVENTS = 200_000;
const SECRET = 'bench-app-secret';
const WABA = '2000000000000001';
const number = { displayPhoneNumber: '+15550783881', phoneNumberId: '3000000000000001' };

/**
 * Status webhooks end to end: EVENTS status changes for one endpoint are enqueued at once, built
 * into signed bodies of up to 1000 updates, persisted to SQLite (synchronous=FULL) and POSTed to a
 * node:http receiver in another process that verifies every signature.
 */
export async function webhooksBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-webhooks-'));
  const database = await openDatabase({ dialect: 'sqlite', file: join(dir, 'parley.db') });
  let received = 0;
  let batches = 0;
  let badSignatures = 0;
  let finished: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finished = resolve));
  const receiver = fork(new URL('./webhook-receiver.process.ts', import.meta.url).pathname, [SECRET], {
    execArgv: ['--import', 'tsx'],
  });
  const url = await new Promise<string>((resolve) => {
    receiver.on('message', (message: { url?: string; events?: number; signatureOk?: boolean }) => {
      if (message.url !== undefined) return resolve(message.url);
      if (message.signatureOk !== true) badSignatures += 1;
      received += message.events ?? 0;
      batches += 1;
      progress('webhooks', received, EVENTS);
      if (received >= EVENTS) finished();
    });
  });
  const webhooks = createWebhooks({
    directory: {
      endpointsFor: async () => [{ appId: '4000000000000001', url, secret: SECRET }],
      secretOf: async () => SECRET,
    },
    queue: new SqlWebhookQueue(database.db),
    clock: { now: () => Date.now() },
    random: { next: Math.random },
    allowPrivate: true,
    onError: (error) => console.error(error),
  });
  webhooks.start();
  try {
    const changes: WebhookChange[] = Array.from({ length: EVENTS }, (_, i) =>
      statusChange(WABA, number, [
        {
          id: `wamid.${Buffer.from(`message-${i}`).toString('base64')}`,
          status: i % 2 === 0 ? 'delivered' : 'read',
          timestamp: Date.now(),
          recipientId: '16505551234',
          pricing: { type: 'free_customer_service', category: 'service' },
        },
      ]),
    );
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await webhooks.enqueueAll(changes);
    const persistedMs = performance.now() - started;
    await done;
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    // CPU time as well as wall time: on a shared machine wall time also measures the neighbours.
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    writeResult('webhooks', {
      durable: 'sqlite WAL, synchronous=FULL; bodies of up to 1000 updates, signed per POST',
      receiver: 'node:http in its own process, verifying each signature',
      targets: { eventsPerSecond: 50_000 },
      events: EVENTS,
      batches,
      badSignatures,
      enqueuedAndPersistedMs: round(persistedMs),
      seconds: round(seconds),
      eventsPerSecond: Math.round(received / seconds),
      batchesPerSecond: round(batches / seconds),
      cpuSeconds: round(cpuSeconds),
      eventsPerCpuSecond: Math.round(received / cpuSeconds),
    });
  } finally {
    await webhooks.stop();
    receiver.disconnect();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
