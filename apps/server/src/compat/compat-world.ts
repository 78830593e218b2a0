import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { call } from '../test-support/accounts-api.js';
import { signIn, type Session } from '../test-support/catalog-api.js';
import { eventually } from '../test-support/clients.js';
import { createGraphTenant, type GraphTenant } from '../test-support/graph-tenant.js';
import { assertMetaWebhook } from '../test-support/meta-openapi.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { fromWamid } from '../http/graph/wamid.js';

/** One webhook POST exactly as the developer's server received it. */
export interface RawWebhook {
  readonly raw: Buffer;
  readonly headers: IncomingHttpHeaders;
}

/** A message as the person reads it through the client API. */
export interface StoredMessage {
  readonly id: string;
  readonly senderId: string;
  readonly type: string;
  readonly content: Record<string, unknown>;
  readonly replyToId: string | null;
}

/**
 * The developer's own HTTP server: it hosts a file for "by link" sends and receives webhooks.
 * The GET handshake and the parsing of POSTs are left to each client library under test.
 */
export interface DeveloperServer {
  readonly origin: string;
  readonly webhookUrl: string;
  /** Every webhook POST, in arrival order. */
  readonly webhooks: RawWebhook[];
  /** Answers `GET /hook` (contract 5.1's handshake); a library's helper goes here. */
  onHandshake: (query: Record<string, string>) => Promise<{ status: number; body: string }>;
}

export interface CompatWorld {
  readonly server: TestServer;
  readonly tenant: GraphTenant;
  /** A person on Parley who wrote to the business first, so its 24-hour window is open. */
  readonly person: Session;
  readonly personPhone: string;
  readonly chatId: string;
  /** A small PNG, and a link on the developer's server that serves it. */
  readonly png: Buffer;
  readonly pngLink: string;
  readonly developer: DeveloperServer;
  /** The message a wamid names, as the person received it. */
  received(wamid: string): Promise<StoredMessage>;
  /** The person writes in the chat through the client API (a text, an interactive reply...). */
  personSends(type: string, content: unknown): Promise<StoredMessage>;
  /** Waits for webhook POSTs whose parsed bodies satisfy `found`, and returns them. */
  webhooksUntil(found: (bodies: unknown[]) => boolean, what: string): Promise<RawWebhook[]>;
  close(): Promise<void>;
}

const PERSON_PHONE = '+14155550123';
/** The person's profile name, which webhooks carry in `contacts[].profile.name`. */
export const PERSON_NAME = 'Ana Lima';

export async function startCompatWorld(options: { name: string }): Promise<CompatWorld> {
  const png = await sharp({ create: { width: 24, height: 16, channels: 3, background: '#2a6' } })
    .png()
    .toBuffer();
  const server = await startTestServer();
  const developer = await startDeveloperServer(png);
  const close = async () => {
    await server.close();
    await developer.close();
  };
  try {
    return await populate(server, developer, png, options.name, close);
  } catch (error) {
    // A failed set-up must not leave the server running, or the test process never ends.
    await close();
    throw error;
  }
}

async function populate(
  server: TestServer,
  developer: DeveloperServer,
  png: Buffer,
  name: string,
  close: () => Promise<void>,
): Promise<CompatWorld> {
  const tenant = await createGraphTenant(server.parley, { name });
  const person = await signIn(server.url, 123);
  const chat = await call(server.url, 'POST', '/v1/chats/direct', {
    token: person.token,
    body: { accountId: tenant.accountId },
  });
  assert.ok(chat.status === 200 || chat.status === 201, JSON.stringify(chat.body));
  const chatId = chat.body.id as string;

  async function history(): Promise<StoredMessage[]> {
    const reply = await call(server.url, 'GET', `/v1/chats/${chatId}/messages?limit=100`, {
      token: person.token,
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body.messages as StoredMessage[];
  }

  async function personSends(type: string, content: unknown): Promise<StoredMessage> {
    const reply = await call(server.url, 'POST', `/v1/chats/${chatId}/messages`, {
      token: person.token,
      body: { type, content },
    });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    return reply.body as StoredMessage;
  }

  const named = await call(server.url, 'PATCH', '/v1/me', {
    token: person.token,
    body: { name: PERSON_NAME },
  });
  assert.equal(named.status, 200, JSON.stringify(named.body));
  // Writing first opens the customer service window, as a customer does before a business answers.
  await personSends('text', { body: 'Hello, is my order ready?' });

  return {
    server,
    tenant,
    person,
    personPhone: PERSON_PHONE,
    chatId,
    png,
    pngLink: `${developer.origin}/files/photo.png`,
    developer,
    async received(wamid) {
      const id = fromWamid(wamid);
      assert.ok(id !== undefined, `not a Parley wamid: ${wamid}`);
      const stored = (await history()).find((m) => m.id === id);
      assert.ok(stored !== undefined, `the person has no message ${wamid}`);
      assert.equal(stored.senderId, tenant.accountId, 'sent by the business number');
      return stored;
    },
    personSends,
    async webhooksUntil(found, what) {
      const bodies = () => developer.webhooks.map((w) => JSON.parse(w.raw.toString('utf8')) as unknown);
      await eventually(() => found(bodies()), 10_000, what).catch((error: Error) => {
        throw new Error(`${error.message}; received: ${JSON.stringify(bodies())}`);
      });
      // Whatever a library makes of them, the bodies are what Meta's OpenAPI document describes.
      for (const body of bodies()) assertMetaWebhook(body);
      for (const { headers } of developer.webhooks) {
        assert.equal(headers['user-agent'], 'facebookexternalua');
        assert.match(headers['content-type'] ?? '', /^application\/json/);
      }
      return [...developer.webhooks];
    },
    close,
  };
}

async function startDeveloperServer(png: Buffer): Promise<DeveloperServer & { close(): Promise<void> }> {
  const webhooks: RawWebhook[] = [];
  const http = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://developer');
    if (request.method === 'GET' && url.pathname === '/files/photo.png') {
      response.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length }).end(png);
      return;
    }
    if (request.method === 'GET' && url.pathname === '/hook') {
      void developer
        .onHandshake(Object.fromEntries(url.searchParams))
        .then(({ status, body }) => response.writeHead(status, { 'content-type': 'text/plain' }).end(body));
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      webhooks.push({ raw: Buffer.concat(chunks), headers: request.headers });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('EVENT_RECEIVED');
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const developer: DeveloperServer & { close(): Promise<void> } = {
    origin,
    webhookUrl: `${origin}/hook`,
    webhooks,
    onHandshake: async () => ({ status: 403, body: 'no handshake helper set' }),
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
  return developer;
}

/** Every change of every webhook body, flattened: `{ field, value }`. */
export function changesOf(bodies: unknown[]): { field: string; value: Record<string, unknown> }[] {
  return (bodies as { entry: { changes: { field: string; value: Record<string, unknown> }[] }[] }[]).flatMap(
    (body) => body.entry.flatMap((entry) => entry.changes),
  );
}
