import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { call } from '../../../apps/server/src/test-support/accounts-api.js';
import { assertGraphError } from '../../../apps/server/src/test-support/graph-tenant.js';
import { startTestServer } from '../../../apps/server/src/test-support/test-server.js';

const BIN = fileURLToPath(new URL('../bin/parley.js', import.meta.url));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The real `parley` command in a child process, on the given data directory. */
function parley(dataDir: string, ...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, PARLEY_DATA_DIR: dataDir, PORT: '8181', HOST: '0.0.0.0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Parses stdout, which must be the JSON and nothing else. */
function report(run: Run) {
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  assert.ok(run.stdout.trimStart().startsWith('{'), run.stdout);
  return JSON.parse(run.stdout);
}

/** A webhook receiver on a free port; `answer` decides what a GET gets. */
async function receiver(answer: (query: URLSearchParams) => { status: number; body: string }) {
  const seen: URLSearchParams[] = [];
  const server: Server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    seen.push(query);
    const { status, body } = answer(query);
    response.writeHead(status, { 'content-type': 'text/plain' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/webhook`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const tokenOf = (loginUrl: string) => new URL(loginUrl).hash.slice(1);

describe('npx parley sandbox', () => {
  let dataDir: string;
  const reports: Array<Record<string, any>> = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'parley-sandbox-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('prints only JSON, and a second run finds the same sandbox with a new token', async () => {
    const first = report(await parley(dataDir, 'sandbox', '--json'));
    const second = report(await parley(dataDir, 'sandbox', '--json'));
    reports.push(first, second);

    assert.equal(first.graph_base_url, 'http://127.0.0.1:8181');
    assert.equal(first.graph_version, 'v23.0');
    for (const key of ['business_id', 'waba_id', 'phone_number_id', 'app_id']) {
      assert.match(first[key], /^\d{15,17}$/, key);
    }
    assert.match(first.access_token, /^EAA/);
    assert.equal(first.verified_name, 'Parley Sandbox');
    assert.equal(first.display_phone_number, '+1 202 555 0100');
    assert.equal(first.webhook_url, null);
    assert.deepEqual(
      first.test_phones.map((phone: { name: string }) => phone.name),
      ['Test Phone 1', 'Test Phone 2', 'Test Phone 3', 'Test Phone 4', 'Test Phone 5'],
    );
    for (const phone of first.test_phones) {
      assert.equal(phone.wa_id, phone.phone.slice(1));
      assert.match(phone.login_url, /^http:\/\/127\.0\.0\.1:8181\/login\/test-phone#[\w-]{40,}$/);
    }

    const stable = (r: typeof first) => ({
      ...r,
      access_token: undefined,
      test_phones: r.test_phones.map((phone: { login_url: string }) => ({ ...phone, login_url: undefined })),
    });
    assert.deepEqual(stable(second), stable(first), 'the same ids, numbers, secret and verify token');
    assert.notEqual(second.access_token, first.access_token);
    assert.notEqual(second.test_phones[0].login_url, first.test_phones[0].login_url);
  });

  test('--webhook-url subscribes the app after the GET handshake; a refusing URL fails the run', async () => {
    const good = await receiver((query) =>
      query.get('hub.mode') === 'subscribe' &&
      query.get('hub.verify_token') === reports[0]!.webhook_verify_token
        ? { status: 200, body: query.get('hub.challenge') ?? '' }
        : { status: 403, body: 'wrong verify token' },
    );
    const bad = await receiver(() => ({ status: 403, body: 'no' }));
    try {
      const subscribed = report(await parley(dataDir, 'sandbox', '--json', '--webhook-url', good.url));
      reports.push(subscribed);
      assert.equal(subscribed.webhook_url, good.url);
      assert.equal(subscribed.app_id, reports[0]!.app_id);
      assert.equal(good.seen.length, 1);

      const refused = await parley(dataDir, 'sandbox', '--json', '--webhook-url', bad.url);
      assert.equal(refused.code, 1);
      assert.equal(refused.stdout, '', 'nothing on stdout when the run fails');
      assert.match(refused.stderr, new RegExp(`^parley sandbox: ${bad.url} did not verify: .*403`));
      assert.equal(bad.seen.length, 1);
    } finally {
      await good.close();
      await bad.close();
    }
  });

  test('the printed token works on the server and the login link signs a test phone in', async () => {
    const latest = reports.at(-1)!;
    const server = await startTestServer({ env: { PARLEY_DATA_DIR: dataDir } });
    try {
      const number = await call(server.url, 'GET', `/v23.0/${latest.phone_number_id}`, {
        token: latest.access_token,
      });
      assert.equal(number.status, 200, JSON.stringify(number.body));
      assert.equal(number.body.id, latest.phone_number_id);
      assert.equal(number.body.verified_name, 'Parley Sandbox');
      // The refused webhook run issued nothing, so the token before it still works; older ones do not.
      assertGraphError(
        await call(server.url, 'GET', `/v23.0/${latest.phone_number_id}`, {
          token: reports[0]!.access_token,
        }),
        401,
        190,
      );

      const phone = latest.test_phones[0];
      const login = await call(server.url, 'POST', '/v1/auth/test-phone', {
        body: { token: tokenOf(phone.login_url), deviceName: 'CLI test' },
      });
      assert.equal(login.status, 200, JSON.stringify(login.body));
      assert.equal(login.body.account.phone, phone.phone);
      assert.equal(login.body.account.name, 'Test Phone 1');
      assert.equal(login.body.account.kind, 'personal');
      const me = await call(server.url, 'GET', '/v1/me', { token: login.body.token });
      assert.equal(me.body.phone, phone.phone);

      const stale = await call(server.url, 'POST', '/v1/auth/test-phone', {
        body: { token: tokenOf(reports[0]!.test_phones[0].login_url) },
      });
      assert.equal(stale.status, 401, 'an earlier run’s link stops working');
    } finally {
      await server.close();
    }
  });

  test('refuses bad arguments with usage on stderr', async () => {
    const run = await parley(dataDir, 'sandbox', '--phones', 'many');
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /--phones takes a whole number/);
  });
});
