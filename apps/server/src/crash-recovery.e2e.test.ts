import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { MessageView } from '@parley/sdk';
import { eventually, signUp } from './test-support/clients.js';
import { exited, freePort, startServerProcess } from './test-support/server-process.js';

const IN_FLIGHT = 16;

test('SIGKILL under load loses no acknowledged message and delivers each exactly once', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-crash-'));
  const port = await freePort();
  const env = { PORT: String(port), HOST: '127.0.0.1', PARLEY_DATA_DIR: dataDir, PARLEY_ENV: 'test' };
  const baseUrl = `http://127.0.0.1:${port}`;
  let server = await startServerProcess(env);
  const clients: { disconnect(): void }[] = [];
  try {
    const alice = await signUp(baseUrl);
    const bob = await signUp(baseUrl);
    clients.push(alice.client, bob.client);
    const chat = await alice.client.openDirectChat(bob.accountId);
    const deliveries = new Map<string, number>();
    bob.client.realtime.on('message', (m: MessageView) =>
      deliveries.set(m.id, (deliveries.get(m.id) ?? 0) + 1),
    );
    await alice.client.connect();
    await bob.client.connect();

    const acknowledged = new Set<string>();
    const sends: Promise<void>[] = [];
    let stop = false;
    let counter = 0;
    // Keeps IN_FLIGHT sends outstanding at all times, across the crash.
    const sender = async () => {
      while (!stop) {
        counter += 1;
        const ack = await alice.client.sendText(chat.id, `msg ${counter}`);
        acknowledged.add(ack.id);
      }
    };
    for (let i = 0; i < IN_FLIGHT; i++) sends.push(sender());

    await eventually(() => acknowledged.size >= 300, 20_000, '300 acknowledged sends');
    server.kill('SIGKILL');
    await exited(server);
    const ackedBeforeCrash = new Set(acknowledged);
    server = await startServerProcess(env);

    await eventually(
      () => acknowledged.size >= ackedBeforeCrash.size + 300,
      30_000,
      'sends resume after restart',
    );
    stop = true;
    await Promise.all(sends);

    await eventually(
      () => [...acknowledged].every((id) => deliveries.has(id)),
      20_000,
      'every acked message delivered',
    );
    for (const id of acknowledged) assert.equal(deliveries.get(id), 1, `message ${id} shown once`);

    // Every acknowledged message is stored once, and nothing else is.
    const stored: MessageView[] = [];
    let beforeSeq: number | undefined;
    for (;;) {
      const page = await alice.client.history(chat.id, { before: beforeSeq, limit: 200 });
      stored.push(...page.messages);
      if (page.messages.length < 200) break;
      beforeSeq = page.messages.at(-1)!.seq;
    }
    const storedIds = stored.map((m) => m.id);
    assert.equal(new Set(storedIds).size, storedIds.length, 'no message stored twice');
    for (const id of ackedBeforeCrash)
      assert.ok(storedIds.includes(id), `acknowledged ${id} survived the crash`);
    assert.equal(storedIds.length, acknowledged.size);
  } finally {
    // Reconnecting clients would keep the test process alive after a failure.
    for (const client of clients) client.disconnect();
    server.kill('SIGKILL');
    await exited(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
