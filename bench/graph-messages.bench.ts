import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { MessageView } from '@parley/sdk';
import { Pool } from 'undici';
import { exited, freePort } from '../apps/server/src/test-support/server-process.js';
import { signUpMany } from './accounts.js';
import { percentiles, round, writeResult } from './support.js';

const PHONES = 50;
const CONNECTIONS = 64;
/** Requests in flight at once, spread over the pool's keep-alive connections. */
const CONCURRENCY = 256;
const WARMUP_MS = 2_000;
const DURATION_MS = 10_000;

/** A bench server in a child process; resolves once it printed its first JSON line. */
async function startChild(
  entry: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; info: Record<string, string> }> {
  // PARLEY_BENCH_PROFILE=dir writes a CPU profile of each server there, as for the other benches.
  const dir = process.env.PARLEY_BENCH_PROFILE;
  const profile = dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', new URL(entry, import.meta.url).pathname],
    {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}`)));
  });
  return { child, info: JSON.parse(first) as Record<string, string> };
}

async function stopChild(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await exited(child);
}

/**
 * Keep-alive HTTP load: CONCURRENCY loops, each sending its next request when the last answered,
 * for `ms` after a warm-up. Counts 200s; anything else fails the run.
 */
async function load(
  url: string,
  path: string,
  token: string,
  bodyOf: (n: number) => string,
  ms: number,
): Promise<{
  requests: number;
  perSecond: number;
  latencyMs: ReturnType<typeof percentiles>;
  errors: number;
}> {
  const pool = new Pool(url, { connections: CONNECTIONS, pipelining: 1 });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  let counter = 0;
  let measuring = false;
  let running = true;
  let requests = 0;
  let errors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  const worker = async () => {
    while (running) {
      const started = performance.now();
      const { statusCode, body } = await pool.request({
        method: 'POST',
        path,
        headers,
        body: bodyOf(counter++),
      });
      const text = await body.text();
      if (statusCode !== 200) {
        errors += 1;
        firstError ??= `${statusCode} ${text}`;
        continue;
      }
      if (measuring) {
        requests += 1;
        latencies.push(performance.now() - started);
      }
    }
  };
  const workers = Array.from({ length: CONCURRENCY }, worker);
  await new Promise((resolve) => setTimeout(resolve, WARMUP_MS));
  measuring = true;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  measuring = false;
  const elapsed = (performance.now() - started) / 1000;
  running = false;
  await Promise.all(workers);
  await pool.close();
  if (firstError !== undefined) console.error(`first error of ${errors}: ${firstError.slice(0, 300)}`);
  return { requests, perSecond: Math.round(requests / elapsed), latencyMs: percentiles(latencies), errors };
}

/**
 * The Graph send path under load: one platform number sends text messages to PHONES online test
 * phones through `POST /v23.0/{PNID}/messages`, each durable before its 200, over keep-alive
 * connections. The same load against a bare Fastify JSON route in the same run gives the ratio.
 */
export async function graphMessagesBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { child, info: tenant } = await startChild('./graph-messages-server.ts', {
    PORT: String(port),
    HOST: '127.0.0.1',
    PARLEY_DATA_DIR: dataDir,
    PARLEY_ENV: 'development',
    PARLEY_OTP_SENDS_PER_ADDRESS_PER_HOUR: '1000000',
    // One number sending thousands a second is the point here, not the Cloud API's 80 per second.
    PARLEY_THROUGHPUT_LIMITS: 'off',
  });
  let parley: Awaited<ReturnType<typeof load>>;
  let delivered = 0;
  try {
    const phones = await signUpMany(url, PHONES, 'test phones');
    // Each phone writes first, so the number's customer service window is open.
    for (const phone of phones) {
      const chat = await phone.client.openDirectChat(tenant.accountId!);
      await phone.client.request('POST', `/v1/chats/${chat.id}/messages`, {
        type: 'text',
        content: { body: 'Hello shop' },
      });
    }
    await Promise.all(phones.map((p) => p.client.connect()));
    for (const phone of phones) {
      phone.client.realtime.on('message', (m: MessageView) => {
        if (m.senderId === tenant.accountId) delivered += 1;
      });
    }
    const numbers = await Promise.all(
      phones.map(async (p) => ((await p.client.request('GET', '/v1/me')) as { phone: string }).phone),
    );
    const bodyOf = (n: number) =>
      JSON.stringify({
        messaging_product: 'whatsapp',
        to: numbers[n % numbers.length]!.slice(1),
        type: 'text',
        text: { body: `Order ${n} has shipped` },
      });
    parley = await load(url, `/v23.0/${tenant.phoneNumberId}/messages`, tenant.token!, bodyOf, DURATION_MS);
    console.log('parley', parley);
    for (const p of phones) p.client.disconnect();
  } finally {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  }

  const barePort = await freePort();
  const bare = await startChild('./bare-fastify-server.ts', { PORT: String(barePort) });
  let baseline: Awaited<ReturnType<typeof load>>;
  try {
    const bodyOf = (n: number) =>
      JSON.stringify({
        messaging_product: 'whatsapp',
        to: `1415555${n % 10_000}`,
        type: 'text',
        text: { body: 'x' },
      });
    baseline = await load(`http://127.0.0.1:${barePort}`, '/v23.0/1/messages', 'none', bodyOf, DURATION_MS);
    console.log('bare fastify', baseline);
  } finally {
    await stopChild(bare.child);
  }

  writeResult('graph-messages', {
    durable: 'sqlite WAL, synchronous=FULL, group commit; 200 after commit',
    targets: { messagesPerSecond: 10_000, ratioOfBareFastify: 0.6 },
    setup: {
      phones: PHONES,
      connections: CONNECTIONS,
      concurrency: CONCURRENCY,
      seconds: DURATION_MS / 1000,
    },
    parley: { ...parley, deliveredToPhonesInclWarmup: delivered },
    bareFastify: baseline,
    ratio: round(parley.perSecond / baseline.perSecond),
  });
}
