import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { validate } from '@scalar/openapi-parser';
import { Type } from '@sinclair/typebox';
import Fastify from 'fastify';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { registerOpenApi } from './openapi.js';

interface Operation {
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; schema?: { pattern?: string } }[];
}
interface Document {
  openapi: string;
  info: { title: string; description: string };
  paths: Record<string, Record<string, Operation>>;
  tags: { name: string }[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function operations(document: Document): [string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]): [string, Operation] => [`${method.toUpperCase()} ${path}`, op]),
  );
}

describe('the API reference at /docs', () => {
  let server: TestServer;
  let document: Document;
  let webDir: string;
  before(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'parley-docs-test-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>app</title>');
    server = await startTestServer({ env: { PARLEY_WEB_DIR: webDir } });
    const response = await fetch(`${server.url}/docs/openapi.json`);
    assert.equal(response.status, 200);
    document = (await response.json()) as Document;
  });
  after(async () => {
    await server.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  test('is a valid OpenAPI 3.1 document', async () => {
    assert.equal(document.openapi, '3.1.0');
    assert.equal(document.info.title, 'Parley API');
    const result = await validate(structuredClone(document) as unknown as Record<string, unknown>);
    assert.deepEqual(result.errors, []);
    assert.equal(result.valid, true);
  });

  test('lists the client routes, each with a written summary and a declared tag', () => {
    const all = operations(document);
    const paths = all.map(([key]) => key);
    for (const known of [
      'POST /v1/auth/verify',
      'GET /v1/chats',
      'POST /v1/chats/{chatId}/messages',
      'GET /v1/ws',
    ]) {
      assert.ok(paths.includes(known), `${known} missing from ${paths.join(', ')}`);
    }
    const tags = new Set(document.tags.map((tag) => tag.name));
    for (const [key, op] of all) {
      assert.equal(op.tags?.length, 1, `${key} has no tag`);
      assert.ok(tags.has(op.tags[0] ?? ''), `${key}: tag ${op.tags[0]} is not declared`);
      // The fallback summary repeats the path; a client route deserves words (openapi-summaries.ts).
      if (!key.includes(' /{version}')) {
        assert.ok(
          op.summary !== undefined && op.summary !== key,
          `${key}: add a summary in openapi-summaries.ts`,
        );
      }
    }
  });

  test('says how each route authenticates', () => {
    const byKey = new Map(operations(document));
    assert.deepEqual(byKey.get('GET /v1/chats')?.security, [{ deviceToken: [] }]);
    assert.deepEqual(byKey.get('POST /v1/auth/code')?.security, []);
    assert.deepEqual(byKey.get('PATCH /v1/operator/accounts/{accountId}')?.security, [{ operatorToken: [] }]);
  });

  test('serves the reference page and its script from the server itself', async () => {
    const redirect = await fetch(`${server.url}/docs`, { redirect: 'manual' });
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('location'), '/docs/');
    const page = await fetch(`${server.url}/docs/`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<script[^>]+src="js\/scalar\.js"/);
    // Offline: the page loads nothing from another host.
    assert.doesNotMatch(html, /(src|href)="https?:/);
    const script = await fetch(`${server.url}/docs/js/scalar.js`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
    assert.ok((await script.text()).length > 100_000);
  });

  test('the web app fallback leaves /docs to the API', async () => {
    const response = await fetch(`${server.url}/docs/nothing`, { headers: { accept: 'text/html' } });
    assert.equal(response.status, 404);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'not_found');
  });

  test('the reference routes themselves stay out of the document', () => {
    assert.ok(Object.keys(document.paths).every((path) => !path.startsWith('/docs')));
  });
});

describe('Graph routes in the document', () => {
  test('routes a plugin registers later under /graph appear as /{version}/…, with tags and auth', async () => {
    const app = Fastify();
    await registerOpenApi(app);
    // Like the Graph plugin: encapsulated, under a prefix, registered after the document is set up.
    await app.register(
      async (graph) => {
        graph.post(
          '/:phoneNumberId/messages',
          {
            schema: {
              summary: 'Send a message',
              params: Type.Object({ phoneNumberId: Type.String({ pattern: '^\\d+$' }) }),
              body: Type.Object({ to: Type.String() }),
            },
          },
          async () => ({}),
        );
        graph.get('/:id', async () => ({}));
      },
      { prefix: '/graph' },
    );
    await app.ready();
    const document = app.swagger() as unknown as Document;
    await app.close();

    const send = document.paths['/{version}/{phoneNumberId}/messages']?.post;
    assert.ok(send, Object.keys(document.paths).join(', '));
    assert.equal(send.summary, 'Send a message');
    assert.deepEqual(send.tags, ['Cloud API']);
    assert.deepEqual(send.security, [{ graphToken: [] }]);
    const params = new Map(send.parameters?.map((p) => [p.name, p]));
    assert.equal(params.get('version')?.in, 'path');
    assert.equal(params.get('version')?.schema?.pattern, '^v\\d+\\.\\d+$');
    assert.equal(params.get('phoneNumberId')?.schema?.pattern, '^\\d+$');

    const node = document.paths['/{version}/{id}']?.get;
    assert.deepEqual(
      node?.parameters?.map((p) => p.name),
      ['version', 'id'],
    );
    assert.equal(node?.summary, 'GET /{version}/{id}');
    assert.equal(
      Object.keys(document.paths).some((path) => path.startsWith('/graph')),
      false,
    );
    assert.match(document.info.description, /rewrites them to its\s+internal `\/graph\/…` routes/);
  });
});
