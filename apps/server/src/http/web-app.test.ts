import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const page = { accept: 'text/html,application/xhtml+xml' };

describe('the web app at /', () => {
  let server: TestServer;
  let webDir: string;
  before(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'parley-web-test-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    server = await startTestServer({ env: { PARLEY_WEB_DIR: webDir } });
  });
  after(async () => {
    await server.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  test('serves index.html at / and for the app routes, never cached', async () => {
    for (const path of ['/', '/chats/abc', '/invite/XYZ?x=1']) {
      const response = await fetch(`${server.url}${path}`, { headers: page });
      assert.equal(response.status, 200, path);
      assert.equal(await response.text(), '<!doctype html><title>app</title>');
      assert.equal(response.headers.get('cache-control'), 'no-cache');
    }
  });

  test('hashed assets are cached for good', async () => {
    const response = await fetch(`${server.url}/assets/index-abc123.js`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  test('unknown API paths and files stay JSON 404s, even for a browser', async () => {
    for (const path of ['/v1/nothing', '/assets/missing.js', '/healthz/x']) {
      const response = await fetch(`${server.url}${path}`, {
        headers: path.startsWith('/assets') ? {} : page,
      });
      assert.equal(response.status, 404, path);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'not_found');
    }
  });
});

describe('without a web build', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ env: { PARLEY_WEB_DIR: join(tmpdir(), 'parley-no-such-build') } });
  });
  after(() => server.close());

  test('a page request says how to build the app, and the API still works', async () => {
    const response = await fetch(server.url, { headers: page });
    assert.equal(response.status, 503);
    assert.match(await response.text(), /npm start/);
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
  });
});
