/**
 * Property tests at the edges: random and mutated input thrown at a real server, over the
 * WebSocket gateway and every REST route. Whatever arrives, the server answers below 500, in the
 * error envelope, keeps the socket open, and stores nothing it refused.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { FrameRef, MAX_FRAME_BYTES, ServerFrame } from '@parley/contracts';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import fc from 'fast-check';
import sharp from 'sharp';
import WebSocket from 'ws';
import { postgresAvailable } from '@parley/db/testing';
import { call } from './test-support/accounts-api.js';
import { eventually, Inbox, signUp } from './test-support/clients.js';
import { startTestServer, type TestServer } from './test-support/test-server.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Payload = { kind: 'text'; data: string } | { kind: 'binary'; data: Uint8Array };

const text = (data: string): Payload => printable({ kind: 'text', data });
const binary = (data: Uint8Array): Payload => printable({ kind: 'binary', data });

/** Counterexamples print short: a 200 KiB frame in a failure report hides the failure. */
function printable(payload: Payload): Payload {
  return Object.assign(payload, { [fc.toStringMethod]: () => describePayload(payload) });
}

// ---------------------------------------------------------------------------------------------
// The world the properties run in: three accounts, their chats, and a ledger of accepted messages.

interface Account {
  readonly accountId: string;
  readonly deviceId: string;
  readonly token: string;
  readonly phone: string;
}

interface World {
  readonly url: string;
  readonly wsUrl: string;
  readonly alice: Account;
  readonly bob: Account;
  /** The REST fuzzer's account: destructive routes aimed at alice or bob must not reach them. */
  readonly mallory: Account;
  /** alice ↔ bob: the gateway properties send here, and the health check proves delivery here. */
  readonly chatId: string;
  /** mallory ↔ bob: where mallory's fuzzed REST sends may land; alice is not a member. */
  readonly malloryChatId: string;
  /** A group mallory administers, with bob in it. */
  readonly groupId: string;
  readonly inviteCode: string;
  readonly messages: { aliceText: string; aliceDoomed: string; bobText: string; malloryText: string };
  readonly mediaId: string;
  readonly linkRequestId: string;
  /** Mallory is a business: ids of each of her business tools, so requests reach their handlers. */
  readonly business: BusinessIds;
  readonly bobInbox: Inbox;
  /** Every message id the server accepted, per chat: each chat's history must hold exactly these. */
  readonly accepted: Map<string, Set<string>>;
}

interface BusinessIds {
  readonly productId: string;
  readonly collectionId: string;
  readonly orderId: string;
  readonly labelId: string;
  readonly quickReplyId: string;
  readonly listId: string;
  readonly broadcastId: string;
}

function accept(world: World, chatId: string, messageId: string): void {
  const ids = world.accepted.get(chatId) ?? new Set<string>();
  ids.add(messageId);
  world.accepted.set(chatId, ids);
}

async function sendText(world: World, sender: Account, chatId: string, body: string): Promise<string> {
  const reply = await call(world.url, 'POST', `/v1/chats/${chatId}/messages`, {
    token: sender.token,
    body: { type: 'text', content: { body } },
  });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  accept(world, chatId, reply.body.id);
  return reply.body.id;
}

async function smallPng(): Promise<Buffer> {
  const pixels = { width: 8, height: 8, channels: 3, background: '#3a7' } as const;
  return sharp({ create: pixels }).png().toBuffer();
}

const png = await smallPng();

async function buildWorld(server: TestServer): Promise<{ world: World; disconnect: () => void }> {
  const [a, b, m] = await Promise.all([signUp(server.url), signUp(server.url), signUp(server.url)]);
  const account = (p: typeof a): Account => ({ ...p.client.session, phone: p.phone });
  const [alice, bob, mallory] = [account(a), account(b), account(m)];
  const chat = await a.client.openDirectChat(bob.accountId);
  const malloryChat = await m.client.openDirectChat(bob.accountId);
  const group = await m.client.createGroup('Fuzz', [bob.accountId]);
  const details = await call(server.url, 'GET', `/v1/chats/${group.id}`, { token: mallory.token });
  const upload = await fetch(`${server.url}/v1/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${alice.token}`, 'content-type': 'image/png' },
    body: Uint8Array.from(png),
  });
  assert.equal(upload.status, 201, await upload.clone().text());
  const link = await call(server.url, 'POST', '/v1/link-requests', {
    body: { deviceName: 'Fuzz tablet', platform: 'test' },
  });
  assert.equal(link.status, 201, JSON.stringify(link.body));

  const business = await setUpBusiness(server.url, mallory, bob, malloryChat.id);
  const bobInbox = new Inbox(b.client);
  await b.client.connect();
  const world: World = {
    url: server.url,
    wsUrl: server.wsUrl,
    alice,
    bob,
    mallory,
    chatId: chat.id,
    malloryChatId: malloryChat.id,
    groupId: group.id,
    inviteCode: details.body.inviteCode,
    messages: { aliceText: '', aliceDoomed: '', bobText: '', malloryText: '' },
    mediaId: ((await upload.json()) as { id: string }).id,
    linkRequestId: link.body.id,
    business: business.ids,
    bobInbox,
    accepted: new Map(),
  };
  accept(world, malloryChat.id, business.ids.orderId);
  Object.assign(world.messages, {
    aliceText: await sendText(world, alice, chat.id, 'edit me'),
    aliceDoomed: await sendText(world, alice, chat.id, 'revoke me'),
    bobText: await sendText(world, bob, chat.id, 'react to me'),
    malloryText: await sendText(world, mallory, malloryChat.id, 'hello bob'),
  });
  return { world, disconnect: () => b.client.disconnect() };
}

/** Turns mallory into a business with one of everything; bob orders from her (one message). */
async function setUpBusiness(url: string, mallory: Account, bob: Account, chatId: string) {
  const as = async (who: Account, method: string, path: string, body?: unknown) => {
    const reply = await call(url, method, path, { token: who.token, body });
    assert.ok(reply.status < 300, `${method} ${path}: ${JSON.stringify(reply.body)}`);
    return reply.body as { id: string };
  };
  await as(mallory, 'PUT', '/v1/me/kind', { kind: 'business' });
  const upload = await fetch(`${url}/v1/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${mallory.token}`, 'content-type': 'image/png' },
    body: Uint8Array.from(png),
  });
  const imageId = ((await upload.json()) as { id: string }).id;
  const product = await as(mallory, 'POST', '/v1/business/products', {
    name: 'Fuzz mug',
    price: 1200,
    currency: 'EUR',
    imageMediaIds: [imageId],
  });
  const collection = await as(mallory, 'POST', '/v1/business/collections', {
    name: 'Mugs',
    productIds: [product.id],
  });
  const order = await as(bob, 'POST', `/v1/chats/${chatId}/messages`, {
    type: 'order',
    content: { items: [{ productId: product.id, quantity: 2 }] },
  });
  const label = await as(mallory, 'POST', '/v1/business/labels', { name: 'Fuzzed', colour: 3 });
  const quickReply = await as(mallory, 'POST', '/v1/business/quick-replies', {
    shortcut: 'fuzz',
    text: 'Thanks!',
  });
  const list = await as(mallory, 'POST', '/v1/business/broadcast-lists', {
    name: 'Fuzz list',
    recipients: [bob.phone],
  });
  // Bob has not saved mallory's number: the broadcast reaches nobody and adds no message.
  const broadcast = await as(mallory, 'POST', `/v1/business/broadcast-lists/${list.id}/broadcasts`, {
    type: 'text',
    content: { body: 'Sale!' },
  });
  return {
    ids: {
      productId: product.id,
      collectionId: collection.id,
      orderId: order.id,
      labelId: label.id,
      quickReplyId: quickReply.id,
      listId: list.id,
      broadcastId: broadcast.id,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Arbitraries: hostile values, and mutations of valid JSON.

const randomId = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);

/**
 * The world's ids (and random ones), so mutations can aim real ids at the wrong place. Not
 * mallory's own device: revoking it would end the REST runs' valid token, not find a bug.
 */
function worldIds(w: World): fc.Arbitrary<string> {
  const known = [
    ...[w.alice, w.bob, w.mallory].map((a) => a.accountId),
    ...[w.alice, w.bob].flatMap((a) => [a.deviceId, a.phone]),
    ...[w.chatId, w.malloryChatId, w.groupId, w.inviteCode, w.mediaId, w.linkRequestId],
    ...Object.values(w.messages),
  ];
  return fc.oneof(fc.constantFrom(...known), randomId);
}

/** `depth` levels of alternating objects and arrays. */
function nested(depth: number): Json {
  let value: Json = 0;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { n: value } : [value];
  return value;
}

const edgeNumber = fc.oneof(
  // Storage limits: 32-bit seqs, 64-bit timestamps, JavaScript's exact integers, doubles.
  fc.constantFrom(0, -1, 1, 0.5, 2_000_000_000, 2_000_000_001, 2 ** 31, 2 ** 53 + 2, 2 ** 63, 1e308, -1e308),
  fc.integer(),
);

/** Text a storage layer may choke on: NUL, bidi controls, astral characters, the longest allowed. */
const edgeText = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\u202e', '\ud83d', '💥'.repeat(40), 'x'.repeat(4096)),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

function hostileValue(ids: fc.Arbitrary<string>): fc.Arbitrary<Json> {
  return fc.oneof(
    fc.constantFrom<Json>(null, true, false, [], {}, 'null', '__proto__', "'; drop table messages; --"),
    ids,
    edgeNumber,
    edgeText,
    fc.string({ maxLength: 80 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: 5, max: 2000 }).map(nested),
    fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  );
}

type Mutation =
  | { kind: 'respell'; at: number; string: string; number: number }
  | { kind: 'drop'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'add'; at: number; key: string; value: Json }
  | { kind: 'retype'; at: number; type: string };

const FRAME_TYPES = ['auth', 'send', 'ack', 'receipt', 'typing', 'presence', 'subscribe', 'sync', 'ping'];
const MESSAGE_TYPES = ['text', 'image', 'video', 'audio', 'document', 'sticker', 'location', 'contacts'];
const MODIFIER_TYPES = ['reaction', 'edit', 'revoke', 'system'];

/**
 * A respell puts a string of `ids` (the world's real ids, aimed at the wrong chat or account) or
 * an edge text in place of another: the input keeps its shape, so it gets past the schema to the
 * handlers and the database.
 */
function mutation(ids: fc.Arbitrary<string>): fc.Arbitrary<Mutation> {
  const values = hostileValue(ids);
  const keys = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'ref', 'type', 'id', 'x'), fc.string());
  const types = fc.oneof(fc.constantFrom(...FRAME_TYPES, ...MESSAGE_TYPES, ...MODIFIER_TYPES), fc.string());
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('respell' as const),
        at: fc.nat(),
        string: fc.oneof(ids, edgeText),
        number: edgeNumber,
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: values }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: keys, value: values }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), type: types }) },
  );
}

type Path = (string | number)[];
const isObject = (value: Json): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isLeaf = (value: Json): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** Paths to every node of a JSON value, the root (`[]`) first. */
function pathsOf(value: Json, path: Path = []): Path[] {
  const children = Array.isArray(value)
    ? value.map((child, i) => pathsOf(child, [...path, i]))
    : isObject(value)
      ? Object.entries(value).map(([key, child]) => pathsOf(child, [...path, key]))
      : [];
  return [path, ...children.flat()];
}

function nodeAt(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, root);
}

/** Sets an own property even for keys like `__proto__`, as JSON.parse would. */
function define(target: object, key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies one mutation to a copy; a mutation with nothing to act on leaves the value as it is. */
function mutate(value: Json, m: Mutation): Json {
  const root = JSON.parse(JSON.stringify(value)) as Json;
  const paths = pathsOf(root);
  const pick = <T>(list: T[]): T | undefined => (list.length === 0 ? undefined : list[m.at % list.length]);
  switch (m.kind) {
    case 'respell': {
      // Same JSON type, another value: a foreign id or odd text, an extreme number, the other boolean.
      const leaves = paths.filter((p) => p.length > 0 && p.at(-1) !== 'type' && isLeaf(nodeAt(root, p)));
      const path = pick(leaves);
      if (path === undefined) return root;
      const old = nodeAt(root, path);
      const value = typeof old === 'string' ? m.string : typeof old === 'number' ? m.number : !old;
      define(nodeAt(root, path.slice(0, -1)) as object, path.at(-1)!, value);
      return root;
    }
    case 'drop':
    case 'replace': {
      const path = pick(m.kind === 'drop' ? paths.slice(1) : paths);
      if (path === undefined) return root;
      if (path.length === 0) return m.kind === 'replace' ? m.value : root;
      const parent = nodeAt(root, path.slice(0, -1)) as Json[] | Record<string, Json>;
      const key = path.at(-1)!;
      if (m.kind === 'replace') define(parent, key, m.value);
      else if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
      return root;
    }
    case 'add': {
      const container = pick(
        paths.map((p) => nodeAt(root, p)).filter((n) => typeof n === 'object' && n !== null),
      );
      if (Array.isArray(container)) container.push(m.value);
      else if (container !== undefined) define(container as object, m.key, m.value);
      return root;
    }
    case 'retype': {
      const typed = pick(paths.map((p) => nodeAt(root, p)).filter((n) => isObject(n) && 'type' in n));
      if (typed !== undefined) define(typed as object, 'type', m.type);
      return root;
    }
  }
}

/** Drops undefined properties, as JSON.stringify would, so optional fields can be generated. */
function compact(fields: Record<string, Json | undefined>): Json {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Json;
}

/** A valid example of every client frame type, with the world's real ids. */
function validFrame(w: World): fc.Arbitrary<Json> {
  const ref = fc.option(fc.stringMatching(/^[a-z0-9]{1,12}$/), { nil: undefined });
  const id = fc.option(randomId, { nil: undefined });
  const body = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
  const seq = fc.nat({ max: 50 });
  const send = (content: fc.Arbitrary<Record<string, Json | undefined>>) =>
    fc
      .tuple(ref, id, content)
      .map(([r, messageId, c]) =>
        compact({ type: 'send', ref: r, message: compact({ chatId: w.chatId, id: messageId, ...c }) }),
      );
  return fc.oneof(
    ref.map((r) => compact({ type: 'auth', ref: r, token: w.alice.token })),
    send(body.map((b) => ({ type: 'text', content: { body: b } }))),
    send(
      body.map((b) => ({
        type: 'text',
        content: { body: b },
        replyToId: w.messages.bobText,
        forwarded: true,
      })),
    ),
    send(body.map((b) => ({ type: 'image', content: { mediaId: w.mediaId, caption: b } }))),
    send(
      fc
        .tuple(fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }))
        .map(([latitude, longitude]) => ({
          type: 'location',
          content: { latitude, longitude, name: 'here' },
        })),
    ),
    send(
      body.map((b) => ({
        type: 'contacts',
        content: { contacts: [{ name: { formatted_name: b }, phones: [{ phone: '+14155550100' }] }] },
      })),
    ),
    send(
      fc
        .constantFrom('👍', '❤️', '')
        .map((emoji) => ({ type: 'reaction', content: { targetId: w.messages.bobText, emoji } })),
    ),
    send(body.map((b) => ({ type: 'edit', content: { targetId: w.messages.aliceText, body: b } }))),
    send(fc.constant({ type: 'revoke', content: { targetId: w.messages.aliceDoomed } })),
    seq.map((s) => ({ type: 'ack', chatId: w.chatId, seq: s })),
    seq.map((s) => ({ type: 'receipt', chatId: w.chatId, seq: s, status: 'read' })),
    fc
      .constantFrom('composing', 'recording', 'paused')
      .map((state) => ({ type: 'typing', chatId: w.chatId, state })),
    fc.constantFrom('available', 'unavailable').map((state) => ({ type: 'presence', state })),
    fc
      .subarray([w.bob.accountId, w.mallory.accountId, w.alice.accountId])
      .map((accountIds) => ({ type: 'subscribe', accountIds })),
    fc.tuple(ref, fc.option(seq, { nil: undefined })).map(([r, s]) =>
      compact({
        type: 'sync',
        ref: r,
        cursors: s === undefined ? undefined : [{ chatId: w.chatId, seq: s }],
      }),
    ),
    ref.map((r) => compact({ type: 'ping', ref: r })),
  );
}

function mutatedFrame(w: World): fc.Arbitrary<Payload> {
  const ids = worldIds(w);
  return fc
    .tuple(validFrame(w), fc.array(mutation(ids), { minLength: 1, maxLength: 2 }))
    .map(([frame, mutations]) => text(JSON.stringify(mutations.reduce(mutate, frame))));
}

/** Text frames just past the size limit: raw filler, or a well-formed ping padded out. */
const oversizeFrame = fc
  .tuple(fc.integer({ min: MAX_FRAME_BYTES + 1, max: 4 * MAX_FRAME_BYTES }), fc.boolean())
  .map(([size, wrapped]) => {
    if (!wrapped) return text('x'.repeat(size));
    const shell = JSON.stringify({ type: 'ping', ref: 'big', pad: '' });
    return text(shell.replace('"pad":""', `"pad":"${'x'.repeat(size - shell.length)}"`));
  });

function randomFrame(w: World): fc.Arbitrary<Payload> {
  const ids = worldIds(w);
  return fc.oneof(
    fc.json().map(text),
    fc.string({ unit: 'grapheme', maxLength: 200 }).map(text),
    fc.string({ unit: 'binary', maxLength: 200 }).map(text),
    fc
      .dictionary(fc.string({ maxLength: 10 }), hostileValue(ids), { maxKeys: 5 })
      .map((o) => text(JSON.stringify(o))),
    fc
      .record({
        type: fc.constantFrom(...FRAME_TYPES),
        ref: fc.string({ maxLength: 70 }),
        chatId: ids,
        seq: fc.integer(),
      })
      .map((o) => text(JSON.stringify(o))),
    fc.uint8Array({ maxLength: 512 }).map(binary),
    // Valid JSON in a binary message is still refused: frames are text.
    validFrame(w).map((frame) => binary(Buffer.from(JSON.stringify(frame)))),
    oversizeFrame,
  );
}

// ---------------------------------------------------------------------------------------------
// A WebSocket that checks every frame it receives and waits for replies.

const isServerFrame = TypeCompiler.Compile(ServerFrame);
const refOf = (frame: ServerFrame): string | undefined => ('ref' in frame ? frame.ref : undefined);

class FrameSocket {
  /** What the server sent that breaks the protocol; each run asserts it stays empty. */
  readonly problems: string[] = [];
  closed: { code: number; reason: string } | undefined;
  private readonly waiters = new Set<(frame: ServerFrame | Error) => boolean>();

  private constructor(
    private readonly ws: WebSocket,
    onFrame: (frame: ServerFrame) => void,
  ) {
    ws.on('message', (data, isBinary) => {
      const raw = String(data);
      let frame: unknown;
      try {
        frame = JSON.parse(raw);
      } catch {
        this.problems.push(`not JSON: ${raw.slice(0, 200)}`);
        return;
      }
      if (isBinary || !isServerFrame.Check(frame)) {
        this.problems.push(`not a server frame: ${raw.slice(0, 200)}`);
        return;
      }
      if (frame.type === 'error' && frame.code === 'internal') this.problems.push(`internal error: ${raw}`);
      onFrame(frame);
      for (const waiter of this.waiters) if (waiter(frame)) this.waiters.delete(waiter);
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      for (const waiter of this.waiters) waiter(new Error(`socket closed: ${code} ${String(reason)}`));
      this.waiters.clear();
    });
  }

  static async open(url: string, onFrame: (frame: ServerFrame) => void = () => {}): Promise<FrameSocket> {
    const ws = new WebSocket(url);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    return new FrameSocket(ws, onFrame);
  }

  send(payload: Payload): void {
    this.ws.send(payload.data, { binary: payload.kind === 'binary' });
  }

  /** The next frame, from now on, that `match`es; fails if the socket closes or nothing comes. */
  next(match: (frame: ServerFrame) => boolean, what: string, timeoutMs = 3000): Promise<ServerFrame> {
    if (this.closed !== undefined) return Promise.reject(new Error(`socket closed: ${this.closed.code}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = (frame: ServerFrame | Error) => {
        if (frame instanceof Error) {
          clearTimeout(timer);
          reject(frame);
          return true;
        }
        if (!match(frame)) return false;
        clearTimeout(timer);
        resolve(frame);
        return true;
      };
      this.waiters.add(waiter);
    });
  }

  close(): void {
    this.ws.close();
  }
}

/**
 * A socket that is reopened (and authenticated, given a token) when an earlier run left it closed,
 * so fast-check's shrinking replays each candidate on a live socket.
 */
class Session {
  private socket: FrameSocket | undefined;
  private openedAt = 0;

  constructor(
    private readonly wsUrl: string,
    private readonly token: string | undefined,
    private readonly onFrame: (frame: ServerFrame) => void = () => {},
  ) {}

  async live(): Promise<FrameSocket> {
    // The server closes a socket that has not authenticated within 10 s; leave well before that.
    const stale = this.token === undefined && Date.now() - this.openedAt > 5000;
    if (this.socket !== undefined && this.socket.closed === undefined && !stale) return this.socket;
    this.socket?.close();
    this.openedAt = Date.now();
    const socket = await FrameSocket.open(this.wsUrl, this.onFrame);
    if (this.token !== undefined) {
      const ready = socket.next((f) => refOf(f) === 'session-auth', 'ready');
      socket.send(text(JSON.stringify({ type: 'auth', ref: 'session-auth', token: this.token })));
      assert.equal((await ready).type, 'ready');
    }
    this.socket = socket;
    return socket;
  }

  close(): void {
    this.socket?.close();
  }
}

/** The ref the server must echo: that of a JSON object it reads (so not an oversize one). */
function replyRef(payload: Payload): string | undefined {
  if (payload.kind === 'binary' || Buffer.byteLength(payload.data) > MAX_FRAME_BYTES) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(payload.data);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const ref: unknown = (value as { ref?: unknown }).ref;
  return Value.Check(FrameRef, ref) ? ref : undefined;
}

let pings = 0;

/**
 * Sends one payload and waits for proof the server handled it and lives on: the reply echoing its
 * ref, or, for a payload without a usable ref, the answer to a ping sent right behind it.
 */
async function roundTrip(
  socket: FrameSocket,
  payload: Payload,
): Promise<{ reply: ServerFrame; toPing: boolean }> {
  const ref = replyRef(payload);
  if (ref !== undefined) {
    const reply = socket.next((f) => refOf(f) === ref, `reply with ref ${JSON.stringify(ref)}`);
    socket.send(payload);
    return { reply: await reply, toPing: false };
  }
  const pingRef = `edge-ping-${++pings}`;
  const reply = socket.next((f) => refOf(f) === pingRef, `answer to ${pingRef}`);
  socket.send(payload);
  socket.send(text(JSON.stringify({ type: 'ping', ref: pingRef })));
  return { reply: await reply, toPing: true };
}

function describePayload(payload: Payload): string {
  const data = payload.kind === 'text' ? payload.data : Buffer.from(payload.data).toString('hex');
  return `${payload.kind} frame (${data.length} chars): ${data.slice(0, 300)}`;
}

// ---------------------------------------------------------------------------------------------
// REST: every route, with hostile params, queries, bodies, content types and credentials.

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Route {
  readonly method: Method;
  readonly path: string;
  /** A body the route accepts, the seed for mutated bodies. */
  readonly body?: (w: World) => Json;
}

/** Fastify prints routes as a tree, four columns a level; this gives each route's full path. */
function registeredRoutes(tree: string): Array<{ path: string; methods: string[] }> {
  const stack: string[] = [];
  return tree.split('\n').flatMap((line) => {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?/.exec(line);
    if (match === null) return [];
    const depth = match[1]!.length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    return match[3] === undefined ? [] : [{ path: stack.join(''), methods: match[3].split(', ') }];
  });
}

const ROUTES: readonly Route[] = [
  { method: 'GET', path: '/healthz' },
  { method: 'GET', path: '/v1/ws' },
  { method: 'POST', path: '/v1/auth/code', body: () => ({ phone: '+14155550123' }) },
  {
    method: 'POST',
    path: '/v1/auth/verify',
    body: (w) => ({ phone: w.mallory.phone, code: '000000', deviceName: 'x', platform: 'y' }),
  },
  { method: 'POST', path: '/v1/auth/test-phone', body: () => ({ token: 'not-a-test-phone-token' }) },
  { method: 'GET', path: '/v1/dev/outbox' },
  { method: 'GET', path: '/v1/me' },
  {
    method: 'PATCH',
    path: '/v1/me',
    body: () => ({ name: 'Mallory', about: 'fuzzing', photoMediaId: null }),
  },
  { method: 'GET', path: '/v1/accounts/:accountId' },
  { method: 'GET', path: '/v1/devices' },
  { method: 'DELETE', path: '/v1/devices/:deviceId' },
  { method: 'POST', path: '/v1/link-requests', body: () => ({ deviceName: 'Tablet', platform: 'test' }) },
  { method: 'POST', path: '/v1/devices/link', body: () => ({ code: '123456' }) },
  { method: 'POST', path: '/v1/link-requests/:id/claim', body: () => ({ secret: 'not the secret' }) },
  { method: 'GET', path: '/v1/contacts' },
  { method: 'PUT', path: '/v1/contacts/:phone', body: () => ({ name: 'Someone' }) },
  { method: 'DELETE', path: '/v1/contacts/:phone' },
  {
    method: 'POST',
    path: '/v1/contacts/lookup',
    body: (w) => ({ phones: [w.alice.phone, '+1 415 555 0100'] }),
  },
  { method: 'GET', path: '/v1/blocks' },
  { method: 'PUT', path: '/v1/blocks/:accountId' },
  { method: 'DELETE', path: '/v1/blocks/:accountId' },
  {
    method: 'POST',
    path: '/v1/reports',
    body: (w) => ({ accountId: w.bob.accountId, chatId: w.malloryChatId, reason: 'spam', messageIds: [] }),
  },
  { method: 'GET', path: '/v1/chats' },
  { method: 'POST', path: '/v1/chats/direct', body: (w) => ({ accountId: w.bob.accountId }) },
  { method: 'GET', path: '/v1/chats/:chatId' },
  {
    method: 'PATCH',
    path: '/v1/chats/:chatId/settings',
    body: () => ({ mutedUntil: 1, archived: true, pinned: true }),
  },
  {
    method: 'POST',
    path: '/v1/chats/:chatId/messages',
    body: () => ({ type: 'text', content: { body: 'hi' } }),
  },
  { method: 'GET', path: '/v1/chats/:chatId/messages' },
  { method: 'POST', path: '/v1/chats/:chatId/read', body: () => ({ seq: 1 }) },
  {
    method: 'POST',
    path: '/v1/chats/:chatId/messages/hide',
    body: (w) => ({ messageIds: [w.messages.malloryText] }),
  },
  { method: 'GET', path: '/v1/chats/:chatId/messages/:messageId/info' },
  { method: 'POST', path: '/v1/groups', body: (w) => ({ subject: 'Team', memberIds: [w.bob.accountId] }) },
  {
    method: 'PATCH',
    path: '/v1/groups/:chatId',
    body: () => ({ subject: 'New', description: 'd', photoMediaId: null }),
  },
  { method: 'POST', path: '/v1/groups/:chatId/members', body: (w) => ({ accountIds: [w.alice.accountId] }) },
  { method: 'DELETE', path: '/v1/groups/:chatId/members/:accountId' },
  { method: 'POST', path: '/v1/groups/:chatId/leave' },
  { method: 'PUT', path: '/v1/groups/:chatId/admins/:accountId' },
  { method: 'DELETE', path: '/v1/groups/:chatId/admins/:accountId' },
  { method: 'POST', path: '/v1/groups/:chatId/invite' },
  { method: 'DELETE', path: '/v1/groups/:chatId/invite' },
  { method: 'GET', path: '/v1/invites/:inviteCode' },
  { method: 'POST', path: '/v1/invites/:inviteCode/join' },
  { method: 'POST', path: '/v1/media' },
  { method: 'GET', path: '/v1/media/:mediaId' },
  { method: 'GET', path: '/v1/media/:mediaId/thumbnail' },
  { method: 'GET', path: '/v1/media/:mediaId/info' },
  { method: 'PUT', path: '/v1/me/kind', body: () => ({ kind: 'business' }) },
  { method: 'GET', path: '/v1/me/business-profile' },
  {
    method: 'PATCH',
    path: '/v1/me/business-profile',
    body: () => ({
      category: 'RETAIL',
      description: 'Mugs',
      websites: ['https://example.com'],
      hours: {
        timeZone: 'Europe/Berlin',
        days: Object.fromEntries(
          ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [
            d,
            { mode: 'hours', ranges: [{ open: '09:00', close: '17:00' }] },
          ]),
        ),
      },
    }),
  },
  { method: 'GET', path: '/v1/accounts/:accountId/business-profile' },
  { method: 'GET', path: '/v1/accounts/:accountId/catalog' },
  { method: 'GET', path: '/v1/accounts/:accountId/products/:productId' },
  { method: 'PATCH', path: '/v1/operator/accounts/:accountId', body: () => ({ verification: 'official' }) },
  { method: 'PATCH', path: '/v1/operator/wabas/:wabaId', body: () => ({ disabled: true }) },
  { method: 'GET', path: '/v1/operator/templates' },
  { method: 'POST', path: '/v1/operator/templates/:id/decision', body: () => ({ action: 'approve' }) },
  { method: 'GET', path: '/v1/business/products' },
  {
    method: 'POST',
    path: '/v1/business/products',
    body: (w) => ({ name: 'Cup', price: 500, currency: 'EUR', sku: 'CUP-1', imageMediaIds: [w.mediaId] }),
  },
  { method: 'GET', path: '/v1/business/products/:productId' },
  {
    method: 'PATCH',
    path: '/v1/business/products/:productId',
    body: () => ({ salePrice: 900, hidden: false }),
  },
  { method: 'DELETE', path: '/v1/business/products/:productId' },
  { method: 'GET', path: '/v1/business/collections' },
  {
    method: 'POST',
    path: '/v1/business/collections',
    body: (w) => ({ name: 'All', productIds: [w.business.productId] }),
  },
  { method: 'GET', path: '/v1/business/collections/:collectionId' },
  { method: 'PATCH', path: '/v1/business/collections/:collectionId', body: () => ({ name: 'Renamed' }) },
  { method: 'DELETE', path: '/v1/business/collections/:collectionId' },
  { method: 'GET', path: '/v1/business/orders' },
  { method: 'GET', path: '/v1/business/orders/:orderId' },
  { method: 'PATCH', path: '/v1/business/orders/:orderId', body: () => ({ status: 'paid' }) },
  { method: 'GET', path: '/v1/orders/:orderId' },
  { method: 'GET', path: '/v1/business/labels' },
  { method: 'POST', path: '/v1/business/labels', body: () => ({ name: 'VIP', colour: 4 }) },
  { method: 'PATCH', path: '/v1/business/labels/:labelId', body: () => ({ name: 'Gold', colour: 5 }) },
  { method: 'DELETE', path: '/v1/business/labels/:labelId' },
  { method: 'GET', path: '/v1/business/labels/:labelId/recipients' },
  { method: 'PUT', path: '/v1/business/labels/:labelId/chats/:chatId' },
  { method: 'DELETE', path: '/v1/business/labels/:labelId/chats/:chatId' },
  { method: 'PUT', path: '/v1/business/labels/:labelId/contacts/:phone' },
  { method: 'DELETE', path: '/v1/business/labels/:labelId/contacts/:phone' },
  { method: 'GET', path: '/v1/business/label-assignments' },
  { method: 'GET', path: '/v1/business/quick-replies' },
  {
    method: 'POST',
    path: '/v1/business/quick-replies',
    body: (w) => ({ shortcut: 'hello', text: 'Hello!', mediaId: w.mediaId }),
  },
  { method: 'PATCH', path: '/v1/business/quick-replies/:quickReplyId', body: () => ({ text: 'Hi' }) },
  { method: 'DELETE', path: '/v1/business/quick-replies/:quickReplyId' },
  { method: 'GET', path: '/v1/business/auto-replies' },
  {
    method: 'PUT',
    path: '/v1/business/auto-replies/greeting',
    body: (w) => ({ enabled: false, text: 'Welcome', audience: { mode: 'only', phones: [w.bob.phone] } }),
  },
  {
    method: 'PUT',
    path: '/v1/business/auto-replies/away',
    body: () => ({
      enabled: false,
      text: 'Closed',
      schedule: { custom: { start: 1, end: 2 } },
      audience: { mode: 'everyone', phones: [] },
    }),
  },
  { method: 'GET', path: '/v1/business/broadcast-lists' },
  {
    method: 'POST',
    path: '/v1/business/broadcast-lists',
    body: (w) => ({ name: 'Everyone', recipients: [w.bob.phone, w.alice.phone] }),
  },
  { method: 'GET', path: '/v1/business/broadcast-lists/:listId' },
  { method: 'PATCH', path: '/v1/business/broadcast-lists/:listId', body: () => ({ name: 'Renamed' }) },
  { method: 'DELETE', path: '/v1/business/broadcast-lists/:listId' },
  {
    method: 'POST',
    path: '/v1/business/broadcast-lists/:listId/broadcasts',
    body: () => ({ type: 'text', content: { body: 'Offer' } }),
  },
  { method: 'GET', path: '/v1/business/broadcasts' },
  { method: 'GET', path: '/v1/business/broadcasts/:broadcastId' },
  { method: 'GET', path: '/v1/business/statistics' },
];

/** A path parameter: one of the world's ids for that parameter's name, or text as given. */
type Segment = { pick: number } | { raw: boolean; value: string };
type Body =
  | { kind: 'none' }
  | { kind: 'mutated'; mutations: Mutation[] }
  | { kind: 'json'; value: Json }
  | { kind: 'truncated'; at: number }
  | { kind: 'text'; text: string }
  | { kind: 'deep'; depth: number }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'png'; flips: [number, number][]; cut: number | undefined };

interface RestRequest {
  readonly route: Route;
  readonly params: Segment[];
  readonly query: string;
  readonly body: Body;
  /** Undefined: the type that fits the body. */
  readonly contentType: string | undefined;
  readonly auth: 'mallory' | 'none' | string;
}

/** Real ids per path parameter name, so a request can get past validation to the handler. */
function paramPool(w: World): Record<string, string[]> {
  return {
    chatId: [w.chatId, w.malloryChatId, w.groupId],
    accountId: [w.alice, w.bob, w.mallory].map((a) => a.accountId),
    messageId: Object.values(w.messages),
    deviceId: [w.alice.deviceId, w.bob.deviceId],
    phone: [w.alice.phone, w.bob.phone, '+14155550100'],
    inviteCode: [w.inviteCode],
    mediaId: [w.mediaId],
    id: [w.linkRequestId],
    productId: [w.business.productId],
    collectionId: [w.business.collectionId],
    orderId: [w.business.orderId],
    labelId: [w.business.labelId],
    quickReplyId: [w.business.quickReplyId],
    listId: [w.business.listId],
    broadcastId: [w.business.broadcastId],
    // Operator routes answer the fuzzer's tokens with 401 before any lookup: a well-formed id will do.
    wabaId: [`2${'0'.repeat(15)}`],
  };
}

const printableAscii = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
});

const mutatedPng = fc.record({
  kind: fc.constant('png' as const),
  flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
  cut: fc.option(fc.nat(), { nil: undefined }),
});

/**
 * Requests a client could nearly have meant: real ids in the path, the route's own body with a
 * few mutations (often only respelled ids and numbers), mallory's token. These reach the handlers.
 */
function plausibleRequest(w: World): fc.Arbitrary<RestRequest> {
  const number = edgeNumber.map(String);
  return fc.record({
    route: fc.constantFrom(...ROUTES),
    params: fc.array(
      fc.oneof(
        { weight: 5, arbitrary: fc.nat().map((pick) => ({ pick })) },
        { weight: 1, arbitrary: randomId.map((value) => ({ raw: false, value })) },
      ),
      { minLength: 2, maxLength: 2 },
    ),
    query: fc.oneof(
      fc.constant(''),
      fc
        .record({ before: number, after: number, limit: number }, { requiredKeys: [] })
        .map((q) => `?${new URLSearchParams(q)}`),
    ),
    body: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('mutated' as const),
          mutations: fc.array(mutation(worldIds(w)), { maxLength: 2 }),
        }),
      },
      { weight: 1, arbitrary: mutatedPng },
    ),
    contentType: fc.constant(undefined),
    auth: fc.constant('mallory'),
  });
}

/** Anything goes: junk and malformed paths, queries, bodies, content types and credentials. */
function hostileRequest(w: World): fc.Arbitrary<RestRequest> {
  const ids = worldIds(w);
  const segment: fc.Arbitrary<Segment> = fc.oneof(
    { weight: 2, arbitrary: fc.nat().map((pick) => ({ pick })) },
    { weight: 2, arbitrary: ids.map((value) => ({ raw: false, value })) },
    { weight: 2, arbitrary: fc.string({ maxLength: 120 }).map((value) => ({ raw: false, value })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          '%',
          '%E0%A4%A',
          '%00',
          '%2F',
          '..',
          '.',
          '%C0%AF',
          '%FF',
          '%u0041',
          'a%20b',
          '%252F',
          'x'.repeat(300),
        )
        .map((value) => ({ raw: true, value })),
    },
  );
  const number = fc.oneof(edgeNumber, fc.constant(Number.NaN)).map(String);
  const query = fc.oneof(
    { weight: 3, arbitrary: fc.constant('') },
    {
      weight: 2,
      arbitrary: fc
        .record({ before: number, after: number, limit: number }, { requiredKeys: [] })
        .map((q) => `?${new URLSearchParams(q)}`),
    },
    {
      weight: 1,
      arbitrary: fc.dictionary(fc.string(), fc.string()).map((q) => `?${new URLSearchParams(q)}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '?%',
        '?a=%E0',
        '?__proto__=1',
        '?limit=1&limit=2',
        '?phone=%2B',
        '?filename=',
        '?&&=&',
      ),
    },
  );
  const body: fc.Arbitrary<Body> = fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({
      kind: fc.constant('mutated' as const),
      mutations: fc.array(mutation(ids), { maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('json' as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
    fc.record({ kind: fc.constant('truncated' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('text' as const), text: fc.string({ maxLength: 200 }) }),
    fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 100, max: 20_000 }) }),
    fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 2048 }) }),
    mutatedPng,
  );
  const contentType = fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-16',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'image/png',
        'image/jpeg',
        'application/pdf',
        'application/octet-stream',
        '',
        '*/*',
      ),
    },
    { weight: 1, arbitrary: printableAscii },
  );
  const auth = fc.oneof(
    { weight: 4, arbitrary: fc.constant('mallory') },
    { weight: 2, arbitrary: fc.constant('none') },
    { weight: 1, arbitrary: fc.constantFrom('Bearer', 'Bearer ', 'Basic abc', `bearer  ${'a'.repeat(300)}`) },
    { weight: 1, arbitrary: printableAscii.map((s) => `Bearer ${s}`) },
  );
  return fc.record({
    route: fc.constantFrom(...ROUTES),
    params: fc.array(segment, { minLength: 2, maxLength: 2 }),
    query,
    body,
    contentType,
    auth,
  });
}

/** The request as fetch takes it; bodies of GET requests are dropped, as fetch cannot send them. */
function toFetch(w: World, r: RestRequest): { url: string; init: RequestInit } {
  let next = 0;
  const path = r.route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const segment = r.params[next++]!;
    if ('pick' in segment) {
      const pool = paramPool(w)[name]!;
      return encodeURIComponent(pool[segment.pick % pool.length]!);
    }
    return segment.raw ? segment.value : encodeURIComponent(segment.value);
  });
  const valid = r.route.body?.(w) ?? {};
  const encoded = ((): { body: string | Uint8Array<ArrayBuffer>; type: string } | undefined => {
    switch (r.body.kind) {
      case 'none':
        return undefined;
      case 'mutated':
        return { body: JSON.stringify(r.body.mutations.reduce(mutate, valid)), type: 'application/json' };
      case 'json':
        return { body: JSON.stringify(r.body.value), type: 'application/json' };
      case 'truncated': {
        const json = JSON.stringify(valid);
        return { body: json.slice(0, r.body.at % json.length), type: 'application/json' };
      }
      case 'text':
        return { body: r.body.text, type: 'application/json' };
      case 'deep':
        return { body: '['.repeat(r.body.depth) + ']'.repeat(r.body.depth), type: 'application/json' };
      case 'bytes':
        return { body: Uint8Array.from(r.body.bytes), type: 'application/octet-stream' };
      case 'png': {
        const bytes = Uint8Array.from(png);
        for (const [at, byte] of r.body.flips) bytes[at % bytes.length] = byte;
        return { body: bytes.slice(0, r.body.cut ?? bytes.length), type: 'image/png' };
      }
    }
  })();
  const headers: Record<string, string> = {};
  if (r.auth === 'mallory') headers.authorization = `Bearer ${w.mallory.token}`;
  else if (r.auth !== 'none') headers.authorization = r.auth;
  const withBody = encoded !== undefined && r.route.method !== 'GET';
  if (withBody) headers['content-type'] = r.contentType ?? encoded.type;
  return {
    url: `${w.url}${path}${r.query}`,
    init: {
      method: r.route.method,
      headers,
      body: withBody ? encoded.body : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    },
  };
}

function assertEnvelope(body: string, what: string): void {
  let envelope: { error?: { code?: unknown; message?: unknown } } | undefined;
  try {
    envelope = JSON.parse(body);
  } catch {
    assert.fail(`${what} with a body that is not JSON: ${body.slice(0, 300)}`);
  }
  const error = envelope?.error;
  const ok = typeof error?.code === 'string' && typeof error.message === 'string';
  assert.ok(ok, `${what} outside the error envelope: ${body.slice(0, 300)}`);
}

/** Sends one request and checks the answer: below 500, and every 4xx in the error envelope. */
async function checkRest(w: World, r: RestRequest): Promise<void> {
  const { url, init } = toFetch(w, r);
  const what = `${init.method} ${url} (${(init.headers as Record<string, string>)['content-type'] ?? 'no type'})`;
  const response = await fetch(url, init);
  const body = await response.text();
  assert.ok(response.status < 500, `${what} answered ${response.status}: ${body.slice(0, 300)}`);
  if (response.status >= 400) assertEnvelope(body, `${what} answered ${response.status}`);
  if (r.route.path === '/v1/chats/:chatId/messages' && r.route.method === 'POST' && response.status === 201) {
    const message = JSON.parse(body) as { id: string; chatId: string };
    accept(w, message.chatId, message.id);
  }
}

// ---------------------------------------------------------------------------------------------
// Health: after each property, the server serves, delivers, and stored nothing it refused.

let healthChecks = 0;

async function historyIds(w: World, viewer: Account, chatId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let after = 0; ;) {
    const page = await call(w.url, 'GET', `/v1/chats/${chatId}/messages?after=${after}&limit=200`, {
      token: viewer.token,
    });
    assert.equal(page.status, 200, JSON.stringify(page.body));
    const messages = page.body.messages as { id: string; seq: number }[];
    for (const m of messages) ids.add(m.id);
    if (messages.length < 200) return ids;
    after = messages.at(-1)!.seq;
  }
}

async function assertHealthy(w: World): Promise<void> {
  const health = await fetch(`${w.url}/healthz`);
  assert.equal(health.status, 200);

  const body = `still alive ${++healthChecks}`;
  await sendText(w, w.alice, w.chatId, body);
  await eventually(
    () => w.bobInbox.texts(w.chatId).includes(body),
    5000,
    'bob receives the health-check message',
  );

  // Bob's view: mallory may hide messages for herself, and nobody fuzzed as bob. A late `sent`
  // frame may still be on its way, hence eventually before the exact comparison.
  for (const chatId of [w.chatId, w.malloryChatId]) {
    const expected = () => [...(w.accepted.get(chatId) ?? [])].sort();
    let stored: string[] = [];
    await eventually(
      async () => {
        stored = [...(await historyIds(w, w.bob, chatId))].sort();
        return stored.join() === expected().join();
      },
      2000,
      'history to match',
    ).catch(() => undefined);
    assert.deepEqual(stored, expected(), `chat ${chatId} holds exactly the messages the server accepted`);
  }
}

// ---------------------------------------------------------------------------------------------

const RUNS = 300;

const postgres = await postgresAvailable();

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(
    `edge properties on ${dialect}: random and mutated input against a real server`,
    { skip: dialect === 'postgres' && !postgres && 'PostgreSQL is not reachable' },
    () => {
      let server: TestServer;
      let world: World;
      let disconnect: () => void;

      before(async () => {
        server = await startTestServer({ postgres: dialect === 'postgres' });
        ({ world, disconnect } = await buildWorld(server));
      });

      after(async () => {
        disconnect();
        await server.close();
      });

      /** alice's socket: every `sent` frame is a message the server accepted. */
      function aliceSession(): Session {
        return new Session(world.wsUrl, world.alice.token, (frame) => {
          if (frame.type === 'sent') accept(world, frame.chatId, frame.id);
        });
      }

      async function assertAnswered(
        session: Session,
        payload: Payload,
        unauthenticated = false,
      ): Promise<void> {
        const socket = await session.live();
        const { reply, toPing } = await roundTrip(socket, payload).catch((error: Error) => {
          throw new Error(`${describePayload(payload)}\n${error.message}`);
        });
        if (unauthenticated) {
          assert.equal(reply.type, 'error', `an unauthenticated socket answered ${JSON.stringify(reply)}`);
        } else if (toPing) {
          assert.equal(reply.type, 'pong');
        }
        assert.deepEqual(socket.problems.splice(0), [], describePayload(payload));
        assert.equal(socket.closed, undefined, `the socket closed after ${describePayload(payload)}`);
      }

      test('the gateway answers random frames and keeps the socket open', async () => {
        const session = aliceSession();
        await fc.assert(
          fc.asyncProperty(randomFrame(world), (payload) => assertAnswered(session, payload)),
          { numRuns: RUNS },
        );
        // Closed only afterwards: a send without a ref may still be committing, and the ledger
        // waits for its `sent` frame.
        await assertHealthy(world);
        session.close();
      });

      test('the gateway answers mutated valid frames and stores only what it accepted', async () => {
        const session = aliceSession();
        await fc.assert(
          fc.asyncProperty(mutatedFrame(world), (payload) => assertAnswered(session, payload)),
          { numRuns: RUNS },
        );
        await assertHealthy(world);
        session.close();
      });

      test('an unauthenticated socket answers every frame with an error', async () => {
        const session = new Session(world.wsUrl, undefined);
        // A valid auth frame would authenticate or close the socket; refusing the rest is the point.
        const notAuth = (payload: Payload) =>
          !/"type"\s*:\s*"auth"/.test(payload.kind === 'text' ? payload.data : '');
        await fc.assert(
          fc.asyncProperty(fc.oneof(randomFrame(world), mutatedFrame(world)).filter(notAuth), (payload) =>
            assertAnswered(session, payload, true),
          ),
          { numRuns: RUNS },
        );
        await assertHealthy(world);
        session.close();
      });

      test('the fuzzed route table names every route the app registers', () => {
        for (const { method, path } of ROUTES) {
          assert.ok(server.app.hasRoute({ method, url: path }), `${method} ${path} is not a route`);
        }
        // The Graph surface has its own fuzzer and tenancy matrix (http/graph/graph-edge.property.test.ts).
        const registered = registeredRoutes(server.app.printRoutes({ commonPrefix: false }))
          .filter(({ path }) => !/^\/(graph|docs)\b/.test(path))
          .flatMap(({ methods }) => methods)
          .filter((method) => method !== 'HEAD');
        assert.equal(ROUTES.length, registered.length, 'a route was added without adding it here');
      });

      test('every REST route answers near-valid requests below 500 and stores only what it accepted', async () => {
        await fc.assert(
          fc.asyncProperty(plausibleRequest(world), (request) => checkRest(world, request)),
          { numRuns: RUNS },
        );
        await assertHealthy(world);
      });

      test('every REST route answers hostile requests below 500, in the error envelope', async () => {
        await fc.assert(
          fc.asyncProperty(hostileRequest(world), (request) => checkRest(world, request)),
          { numRuns: RUNS },
        );
        await assertHealthy(world);
      });
    },
  );
}
