/**
 * The Graph surface at its edge: a tenancy matrix and a fuzzer over every Graph route, found at
 * run time. Another business's ids look exactly like unknown ones, missing or revoked tokens and
 * missing grants are refused, and whatever a caller sends is answered below 500 in the Graph
 * envelope with one of the contract's codes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { NODE_PREFIX, PLATFORM_ERRORS, type NodeKind } from '@parley/core';
import fc from 'fast-check';
import { assertGraphError } from '../../test-support/graph-tenant.js';
import {
  buildTenantWorld,
  pngUploadForm,
  smallPng,
  WORLD_VERIFY_TOKEN,
  type TenantWorld,
} from '../../test-support/graph-world.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { GRAPH_PREFIX } from './graph-url.js';
import { toGroupId } from './group-id.js';
import { MEDIA_DOWNLOAD_PATH } from './media-url.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type IdKind = NodeKind | 'group';
type Grant = 'messaging' | 'management';

// ---------------------------------------------------------------------------------------------
// The route table: what fills each Graph route. A route the app registers that is missing here
// fails the first test, so no Graph route goes untested.

interface GraphRoute {
  readonly method: Method;
  /** As registered inside the Graph prefix. */
  readonly path: string;
  /** The kind of object its `:id` names. */
  readonly kind: IdKind;
  /** The grant an own id needs; the other grant alone is refused with 403/200. */
  readonly grant: Grant;
  /** A request the route accepts from the id's owner. */
  readonly body?: (w: TenantWorld) => Json;
  readonly query?: (w: TenantWorld) => Record<string, string>;
  /** `POST /{PNID}/media`: a multipart upload. */
  readonly multipart?: true;
}

const wa = { messaging_product: 'whatsapp' } as const;
const text = (w: TenantWorld): Json => ({ ...wa, to: w.person.phone, type: 'text', text: { body: 'Hi' } });
const participants = (w: TenantWorld): Json => ({ ...wa, participants: [{ user: w.person.phone }] });
const blockUsers = (w: TenantWorld): Json => ({ ...wa, block_users: [{ user: w.person.phone }] });

const ROUTES: readonly GraphRoute[] = [
  // `/{id}` nodes, dispatched by the id's kind.
  { method: 'GET', path: '/:id', kind: 'waba', grant: 'management' },
  { method: 'GET', path: '/:id', kind: 'phone_number', grant: 'management' },
  {
    method: 'POST',
    path: '/:id',
    kind: 'phone_number',
    grant: 'management',
    body: () => ({ pin: '123456' }),
  },
  { method: 'GET', path: '/:id', kind: 'template', grant: 'management' },
  {
    method: 'POST',
    path: '/:id',
    kind: 'template',
    grant: 'management',
    body: () => ({ category: 'MARKETING' }),
  },
  { method: 'GET', path: '/:id', kind: 'media', grant: 'messaging' },
  { method: 'DELETE', path: '/:id', kind: 'media', grant: 'messaging' },
  { method: 'GET', path: '/:id', kind: 'group', grant: 'messaging' },
  {
    method: 'POST',
    path: '/:id',
    kind: 'group',
    grant: 'messaging',
    body: () => ({ ...wa, subject: 'Renamed' }),
  },
  { method: 'DELETE', path: '/:id', kind: 'group', grant: 'messaging' },
  // Edges.
  { method: 'GET', path: '/:id/phone_numbers', kind: 'waba', grant: 'management' },
  { method: 'POST', path: '/:id/messages', kind: 'phone_number', grant: 'messaging', body: text },
  {
    method: 'PUT',
    path: '/:id/messages',
    kind: 'phone_number',
    grant: 'messaging',
    body: (w) => ({ ...wa, status: 'read', message_id: w.inboundWamid }),
  },
  { method: 'POST', path: '/:id/media', kind: 'phone_number', grant: 'messaging', multipart: true },
  {
    method: 'POST',
    path: '/:id/message_templates',
    kind: 'waba',
    grant: 'management',
    body: () => ({
      name: 'fuzz_offer',
      language: 'en_US',
      category: 'MARKETING',
      components: [{ type: 'BODY', text: 'Our {{1}} sale', example: { body_text: [['summer']] } }],
    }),
  },
  { method: 'GET', path: '/:id/message_templates', kind: 'waba', grant: 'management' },
  {
    method: 'DELETE',
    path: '/:id/message_templates',
    kind: 'waba',
    grant: 'management',
    query: (w) => ({ name: w.templateName }),
  },
  {
    method: 'POST',
    path: '/:id/register',
    kind: 'phone_number',
    grant: 'management',
    body: () => ({ ...wa, pin: '123456' }),
  },
  {
    method: 'POST',
    path: '/:id/request_code',
    kind: 'phone_number',
    grant: 'management',
    body: () => ({ code_method: 'SMS', language: 'en_US' }),
  },
  {
    method: 'POST',
    path: '/:id/deregister',
    kind: 'phone_number',
    grant: 'management',
    body: () => ({ ...wa }),
  },
  {
    method: 'POST',
    path: '/:id/verify_code',
    kind: 'phone_number',
    grant: 'management',
    body: () => ({ code: '123456' }),
  },
  { method: 'GET', path: '/:id/whatsapp_business_profile', kind: 'phone_number', grant: 'management' },
  {
    method: 'POST',
    path: '/:id/whatsapp_business_profile',
    kind: 'phone_number',
    grant: 'management',
    body: () => ({ ...wa, about: 'Fuzzed', websites: ['https://example.com'] }),
  },
  {
    method: 'POST',
    path: '/:id/subscriptions',
    kind: 'app',
    grant: 'management',
    body: (w) => ({
      object: 'whatsapp_business_account',
      callback_url: w.receiver.url,
      verify_token: WORLD_VERIFY_TOKEN,
      fields: 'messages',
    }),
  },
  { method: 'GET', path: '/:id/subscriptions', kind: 'app', grant: 'management' },
  { method: 'DELETE', path: '/:id/subscriptions', kind: 'app', grant: 'management' },
  {
    method: 'POST',
    path: '/:id/subscribed_apps',
    kind: 'waba',
    grant: 'management',
    body: (w) => ({ app_id: w.appId }),
  },
  { method: 'GET', path: '/:id/subscribed_apps', kind: 'waba', grant: 'management' },
  {
    method: 'DELETE',
    path: '/:id/subscribed_apps',
    kind: 'waba',
    grant: 'management',
    body: (w) => ({ app_id: w.appId }),
  },
  { method: 'POST', path: '/:id/block_users', kind: 'phone_number', grant: 'messaging', body: blockUsers },
  { method: 'DELETE', path: '/:id/block_users', kind: 'phone_number', grant: 'messaging', body: blockUsers },
  { method: 'GET', path: '/:id/block_users', kind: 'phone_number', grant: 'messaging' },
  {
    method: 'POST',
    path: '/:id/groups',
    kind: 'phone_number',
    grant: 'messaging',
    body: () => ({ ...wa, subject: 'Fuzz' }),
  },
  { method: 'GET', path: '/:id/groups', kind: 'phone_number', grant: 'messaging' },
  { method: 'GET', path: '/:id/invite_link', kind: 'group', grant: 'messaging' },
  { method: 'POST', path: '/:id/invite_link', kind: 'group', grant: 'messaging' },
  { method: 'DELETE', path: '/:id/invite_link', kind: 'group', grant: 'messaging' },
  { method: 'POST', path: '/:id/participants', kind: 'group', grant: 'messaging', body: participants },
  { method: 'GET', path: '/:id/webhook_deliveries', kind: 'app', grant: 'management' },
  { method: 'GET', path: '/:id/webhook_deliveries/:batchId', kind: 'app', grant: 'management' },
  { method: 'POST', path: '/:id/webhook_deliveries/:batchId/replay', kind: 'app', grant: 'management' },
  {
    method: 'POST',
    path: '/:id/webhook_deliveries/replay',
    kind: 'app',
    grant: 'management',
    body: () => ({ since: 0, until: 99_999_999_999 }),
  },
  { method: 'DELETE', path: '/:id/participants', kind: 'group', grant: 'messaging', body: participants },
];

/** Graph routes without an `:id`, each with its own test below. */
const OTHER_ROUTES = [`GET ${MEDIA_DOWNLOAD_PATH}`];

const routeName = (r: GraphRoute) => `${r.method} ${r.path}${r.path === '/:id' ? ` (${r.kind})` : ''}`;

/** A tenant's id of each kind. */
function idsOf(w: TenantWorld): Record<IdKind, string> {
  return {
    portfolio: w.portfolioId,
    waba: w.wabaId,
    phone_number: w.phoneNumberId,
    app: w.appId,
    system_user: w.systemUserId,
    template: w.templateId,
    media: w.mediaId,
    token: w.tokenId,
    group: w.groupId,
  };
}

/** A well-formed wamid of a message that never existed. */
const unknownWamid = 'wamid.' + Buffer.from('NeverAMessage00000000').toString('base64');

/** An id of the kind that was never issued. */
const unknownId = (kind: IdKind): string =>
  kind === 'group' ? toGroupId('3999999999999999', 'NeverAChat0') : `${NODE_PREFIX[kind]}000000000000009`;

// ---------------------------------------------------------------------------------------------
// HTTP.

interface Answer {
  readonly status: number;
  readonly text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever came back
  readonly body: any;
}

interface Outgoing {
  readonly token?: string;
  /** A raw Authorization header, for junk credentials. */
  readonly authorization?: string;
  readonly json?: Json;
  readonly raw?: { bytes: string | Uint8Array<ArrayBuffer>; type: string | undefined };
  readonly form?: FormData;
}

let serverUrl = '';

async function send(method: string, path: string, out: Outgoing = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (out.token !== undefined) headers.authorization = `Bearer ${out.token}`;
  if (out.authorization !== undefined) headers.authorization = out.authorization;
  let body: BodyInit | undefined;
  if (method !== 'GET') {
    if (out.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(out.json);
    } else if (out.raw !== undefined) {
      if (out.raw.type !== undefined) headers['content-type'] = out.raw.type;
      body = out.raw.bytes;
    } else if (out.form !== undefined) body = out.form;
  }
  const response = await fetch(`${serverUrl}/v23.0${path}`, {
    method,
    headers,
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, text, body: parsed };
}

/** The route's path for an id; its other parameters (`:batchId`) are the world's. */
const pathOf = (route: GraphRoute, w: TenantWorld, id: string, query: Record<string, string> = {}) => {
  const search = new URLSearchParams(query).toString();
  const path = route.path.replace(':id', encodeURIComponent(id)).replace(':batchId', w.batchId);
  return `${path}${search === '' ? '' : `?${search}`}`;
};

/** The route's own valid request for the id, from the world `w` of the id's owner. */
async function validRequest(route: GraphRoute, w: TenantWorld, id: string, token?: string) {
  const out: Outgoing = route.multipart
    ? { token, form: await pngUploadForm() }
    : { token, ...(route.body === undefined ? {} : { json: route.body(w) }) };
  return send(route.method, pathOf(route, w, id, route.query?.(w)), out);
}

/** Graph's envelope with a refusal: status, code, `(#code) …` message, type and fbtrace_id. */
function assertEnvelope(answer: Answer, what: string): void {
  const context = `${what} → ${answer.status} ${answer.text.slice(0, 400)}`;
  const error = answer.body?.error;
  assert.equal(typeof error?.code, 'number', context);
  assert.match(String(error.message), new RegExp(`^\\(#${error.code}\\) `), context);
  assert.equal(typeof error.type, 'string', context);
  assert.equal(typeof error.fbtrace_id, 'string', context);
}

const refusalOf = (a: Answer) => ({
  status: a.status,
  code: a.body?.error?.code,
  subcode: a.body?.error?.error_subcode,
  type: a.body?.error?.type,
  message: a.body?.error?.message,
});

// ---------------------------------------------------------------------------------------------
// Discovery: the Graph routes the app registers, and the node kinds `/{id}` answers per method.

/** `METHOD /path` of every route under the Graph prefix, from Fastify's route tree. */
function registeredGraphRoutes(server: TestServer): Set<string> {
  const found = new Set<string>();
  const stack: string[] = [];
  for (const line of server.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (match === null) continue;
    stack.length = match[1]!.length / 4;
    stack.push(match[2]!);
    const path = stack.join('');
    if (!path.startsWith(`${GRAPH_PREFIX}/`) || match[3] === undefined) continue;
    for (const method of match[3].split(', ')) {
      if (method !== 'HEAD') found.add(`${method} ${path.slice(GRAPH_PREFIX.length)}`);
    }
  }
  return found;
}

/**
 * Which kinds `/{id}` serves per method: without a token an existing handler asks for one (190)
 * before anything else, while a kind without a handler is an unknown object (100/33).
 */
async function servedNodes(w: TenantWorld): Promise<Set<string>> {
  const served = new Set<string>();
  for (const [kind, id] of Object.entries(idsOf(w))) {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const answer = await send(method, `/${id}`);
      assertEnvelope(answer, `${method} /{${kind}} without a token`);
      if (answer.body.error.code === 190) served.add(`${method} ${kind}`);
      else
        assert.deepEqual(
          [answer.status, answer.body.error.code, answer.body.error.error_subcode],
          [400, 100, 33],
        );
    }
  }
  return served;
}

// ---------------------------------------------------------------------------------------------
// A tenant's state as its own token reads it, to prove others' requests changed nothing.

async function stateOf(server: TestServer, w: TenantWorld): Promise<unknown> {
  const reads = [
    `/${w.wabaId}`,
    `/${w.wabaId}/phone_numbers`,
    `/${w.phoneNumberId}`,
    `/${w.wabaId}/message_templates?limit=100`,
    `/${w.templateId}`,
    `/${w.mediaId}`,
    `/${w.phoneNumberId}/whatsapp_business_profile`,
    `/${w.appId}/subscriptions`,
    `/${w.wabaId}/subscribed_apps`,
    `/${w.phoneNumberId}/block_users`,
    `/${w.phoneNumberId}/groups`,
    `/${w.groupId}`,
    `/${w.groupId}/invite_link`,
  ];
  const state: Record<string, unknown> = {};
  for (const path of reads) {
    const { status, body } = await send('GET', path, { token: w.token });
    // A media node's download URL is signed afresh on every read.
    state[path] = { status, body: path === `/${w.mediaId}` ? { ...body, url: typeof body?.url } : body };
  }
  state.numbers = await server.parley.platform.listNumbers(w.wabaId, { limit: 100 });
  state.app = await server.parley.platform.getApp(w.appId);
  state.subscriptions = await server.parley.platform.subscriptions(w.wabaId);
  return state;
}

/**
 * Every webhook a tenant's app received was signed with its secret and about its own WABA and
 * number. (Fuzzed text such as a group subject may quote the other's ids; the envelope may not.)
 */
function assertOwnWebhooks(w: TenantWorld): void {
  for (const { body, signatureOk } of w.receiver.requests) {
    assert.ok(signatureOk, `a webhook of ${w.name} signed with another secret`);
    const parsed = JSON.parse(body) as {
      entry: { id: string; changes: { value: { metadata?: { phone_number_id?: string } } }[] }[];
    };
    for (const entry of parsed.entry) {
      assert.equal(entry.id, w.wabaId, body.slice(0, 400));
      for (const { value } of entry.changes) {
        const numberId = value.metadata?.phone_number_id;
        if (numberId !== undefined) assert.equal(numberId, w.phoneNumberId, body.slice(0, 400));
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Fuzzing: mutations of each route's valid request, and junk.

type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'add'; at: number; key: string; value: Json }
  | { kind: 'respell'; at: number; string: string; number: number };

type Path = (string | number)[];
const isContainer = (v: Json): v is Json[] | { [key: string]: Json } => typeof v === 'object' && v !== null;

function pathsOf(value: Json, path: Path = []): Path[] {
  const children = isContainer(value)
    ? Object.entries(value).flatMap(([key, child]) =>
        pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]),
      )
    : [];
  return [path, ...children];
}

const nodeAt = (root: Json, path: Path): Json =>
  path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, root);

/** Sets an own property even for keys like `__proto__`, as JSON.parse would. */
const define = (target: object, key: string | number, value: Json) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** One mutation on a copy: a field dropped, replaced, added, or a leaf respelled in its own type. */
function mutate(value: Json, m: Mutation): Json {
  const root = JSON.parse(JSON.stringify(value)) as Json;
  const paths = pathsOf(root);
  const pick = <T>(list: T[]): T | undefined => list[m.at % Math.max(list.length, 1)];
  if (m.kind === 'add') {
    const container = pick(paths.map((p) => nodeAt(root, p)).filter(isContainer));
    if (Array.isArray(container)) container.push(m.value);
    else if (container !== undefined) define(container, m.key, m.value);
    return root;
  }
  if (m.kind === 'respell') {
    const leaves = paths.filter((p) => p.length > 0 && !isContainer(nodeAt(root, p)));
    const path = pick(leaves);
    if (path === undefined) return root;
    const old = nodeAt(root, path);
    const value = typeof old === 'string' ? m.string : typeof old === 'number' ? m.number : !old;
    define(nodeAt(root, path.slice(0, -1)) as object, path.at(-1)!, value);
    return root;
  }
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

/** Text a parser or database may choke on: NUL, bidi controls, lone surrogates, very long. */
const edgeText = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', '\u202e', '\ud83d', '💥'.repeat(40), 'x'.repeat(5000), '{{1}}', '%s'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const edgeNumber = fc.oneof(fc.constantFrom(0, -1, 0.5, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308), fc.integer());

function mutation(strings: fc.Arbitrary<string>): fc.Arbitrary<Mutation> {
  const value = fc.oneof(
    fc.constantFrom<Json>(null, true, [], {}, '__proto__', [{}], { id: '1' }),
    strings,
    edgeNumber,
    fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  );
  const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'type', 'id', 'to', 'x'), fc.string());
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('respell' as const),
        at: fc.nat(),
        string: strings,
        number: edgeNumber,
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key, value }) },
  );
}

type IdChoice = { own: true } | { value: string; raw: boolean };
type BodyChoice =
  | { kind: 'valid'; mutations: Mutation[]; form: boolean }
  | { kind: 'none' }
  | { kind: 'json'; value: Json }
  | { kind: 'truncated'; at: number }
  | { kind: 'text'; text: string }
  | { kind: 'deep'; depth: number }
  | { kind: 'bytes'; bytes: Uint8Array }
  | {
      kind: 'upload';
      product: string | undefined;
      type: string | undefined;
      file: 'png' | 'junk' | 'none';
      bytes: Uint8Array;
      filename: string;
    };

interface FuzzRequest {
  readonly route: GraphRoute;
  readonly id: IdChoice;
  /** The `:batchId` of webhook delivery routes. */
  readonly batch: IdChoice;
  readonly query: Record<string, string>;
  readonly body: BodyChoice;
  /** Undefined: the type that fits the body. */
  readonly contentType: string | undefined;
  /** `own`: the tenant's token; `none`; else a raw Authorization header. */
  readonly auth: string;
}

/** Every id either tenant has, and ids of each kind never issued. */
function idPool(a: TenantWorld, b: TenantWorld): string[] {
  const kinds = Object.keys(NODE_PREFIX) as IdKind[];
  return [
    ...Object.values(idsOf(a)),
    ...Object.values(idsOf(b)),
    ...[...kinds, 'group' as const].map(unknownId),
    ...[a, b].flatMap((w) => [
      w.inboundWamid,
      w.outboundWamid,
      w.person.phone,
      w.phone,
      w.templateName,
      w.batchId,
    ]),
  ];
}

const junkAuth = fc.oneof(
  fc.constantFrom('Bearer', 'Bearer ', 'Basic abc', 'Bearer EAAnope', `Bearer ${'E'.repeat(3000)}`),
  fc.string({ maxLength: 60 }).map((s) => `Bearer ${s.replace(/[^\x20-\x7e]/g, '')}`),
);

const UPLOAD_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'audio/mpeg',
  'video/mp4',
  'application/pdf',
  'text/plain',
];

function upload(strings: fc.Arbitrary<string>): fc.Arbitrary<BodyChoice> {
  return fc.record({
    kind: fc.constant('upload' as const),
    product: fc.option(fc.oneof(fc.constant('whatsapp'), strings), { nil: undefined }),
    type: fc.option(fc.oneof(fc.constantFrom(...UPLOAD_TYPES), strings), { nil: undefined }),
    file: fc.constantFrom('png' as const, 'junk' as const, 'none' as const),
    bytes: fc.uint8Array({ maxLength: 512 }),
    filename: fc.oneof(fc.constant('pixel.png'), fc.string({ maxLength: 80 })),
  });
}

/** Close to what a client means: the route's own request, a few values changed, the own token. */
function nearValidRequest(a: TenantWorld, b: TenantWorld, route: GraphRoute): fc.Arbitrary<FuzzRequest> {
  const pool = idPool(a, b);
  const strings = fc.oneof(fc.constantFrom(...pool), edgeText);
  return fc.record({
    route: fc.constant(route),
    id: fc.oneof(
      { weight: 6, arbitrary: fc.constant({ own: true as const }) },
      { weight: 2, arbitrary: fc.constantFrom(...pool).map((value) => ({ value, raw: false })) },
      { weight: 1, arbitrary: fc.stringMatching(/^\d{1,20}$/).map((value) => ({ value, raw: false })) },
    ),
    batch: fc.oneof(
      { weight: 4, arbitrary: fc.constant({ own: true as const }) },
      { weight: 1, arbitrary: fc.constantFrom(...pool).map((value) => ({ value, raw: false })) },
    ),
    query: fc.record(
      {
        fields: fc.oneof(
          fc.constantFrom('id,name', 'components', ',,', 'nope'),
          fc.string({ maxLength: 30 }),
        ),
        limit: edgeNumber.map(String),
        after: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('AAAA')),
        name: strings,
        hsm_id: fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 20 })),
        phone_number_id: fc.constantFrom(...pool),
        app_id: fc.constantFrom(...pool),
        code_method: fc.constantFrom('SMS', 'VOICE', 'sms', ''),
        new_display_name: strings,
      },
      { requiredKeys: [] },
    ),
    body: route.multipart
      ? upload(strings)
      : fc.record({
          kind: fc.constant('valid' as const),
          mutations: fc.array(mutation(strings), { maxLength: 2 }),
          form: fc.boolean(),
        }),
    contentType: fc.constant(undefined),
    auth: fc.constant('own'),
  });
}

/** Any text for a path segment but `.` and `..`, which fetch resolves away before sending. */
const pathText = (maxLength: number) => fc.string({ maxLength }).filter((s) => s !== '.' && s !== '..');

/** Anything at all: junk ids, queries, bodies, content types and credentials. */
function hostileRequest(a: TenantWorld, b: TenantWorld, route: GraphRoute): fc.Arbitrary<FuzzRequest> {
  const pool = idPool(a, b);
  const strings = fc.oneof(fc.constantFrom(...pool), edgeText);
  return fc.record({
    route: fc.constant(route),
    id: fc.oneof(
      { weight: 3, arbitrary: fc.constant({ own: true as const }) },
      { weight: 2, arbitrary: pathText(120).map((value) => ({ value, raw: false })) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(
            '%',
            '%00',
            '%2F',
            '%C0%AF',
            '%FF',
            'Y2FwaV9ncm91%2F%2F',
            'Y2FwaV9ncm91' + 'A'.repeat(300),
            '9'.repeat(400),
          )
          .map((value) => ({ value, raw: true })),
      },
    ),
    batch: fc.oneof(
      fc.constant({ own: true as const }),
      pathText(100).map((value) => ({ value, raw: false })),
    ),
    query: fc.dictionary(
      fc.oneof(
        fc.constantFrom('fields', 'limit', 'after', 'before', 'name', 'access_token', '__proto__'),
        fc.string({ maxLength: 10 }),
      ),
      fc.oneof(strings, fc.string({ maxLength: 50 })),
      { maxKeys: 4 },
    ),
    body: fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.record({
        kind: fc.constant('valid' as const),
        mutations: fc.array(mutation(strings), { maxLength: 4 }),
        form: fc.boolean(),
      }),
      fc.record({ kind: fc.constant('json' as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
      fc.record({ kind: fc.constant('truncated' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('text' as const), text: fc.string({ maxLength: 200 }) }),
      fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 100, max: 20_000 }) }),
      fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 1024 }) }),
      upload(strings),
    ),
    contentType: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          'application/json',
          'application/json; charset=utf-16',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data',
          'multipart/form-data; boundary=x',
          'image/png',
          'application/octet-stream',
          '',
          '*/*',
        ),
      },
    ),
    auth: fc.oneof(
      { weight: 4, arbitrary: fc.constant('own') },
      { weight: 1, arbitrary: fc.constant('none') },
      { weight: 1, arbitrary: junkAuth },
    ),
  });
}

/** A form field's value: strings as they are, anything else as its JSON, as Graph clients send. */
const formValue = (value: Json) => (typeof value === 'string' ? value : JSON.stringify(value));

function uploadForm(body: Extract<BodyChoice, { kind: 'upload' }>, png: Buffer): FormData {
  const form = new FormData();
  if (body.product !== undefined) form.set('messaging_product', body.product);
  if (body.type !== undefined) form.set('type', body.type);
  if (body.file !== 'none') {
    const bytes = body.file === 'png' ? new Uint8Array(png) : new Uint8Array(body.bytes);
    form.set('file', new Blob([bytes], { type: body.type ?? '' }), body.filename);
  }
  return form;
}

function encode(r: FuzzRequest, w: TenantWorld, png: Buffer): Outgoing {
  const valid = r.route.body?.(w) ?? {};
  const type = (fallback: string | undefined) => r.contentType ?? fallback;
  const raw = (bytes: string | Uint8Array<ArrayBuffer>, fallback: string | undefined): Outgoing['raw'] => ({
    bytes,
    type: type(fallback),
  });
  const body = r.body;
  switch (body.kind) {
    case 'none':
      return r.contentType === undefined ? {} : { raw: raw('', undefined) };
    case 'valid': {
      const value = body.mutations.reduce(mutate, valid);
      if (body.form && isContainer(value) && !Array.isArray(value)) {
        const form = new URLSearchParams(Object.entries(value).map(([k, v]) => [k, formValue(v)]));
        return { raw: raw(form.toString(), 'application/x-www-form-urlencoded') };
      }
      return { raw: raw(JSON.stringify(value), 'application/json') };
    }
    case 'json':
      return { raw: raw(JSON.stringify(body.value), 'application/json') };
    case 'truncated': {
      const json = JSON.stringify(valid);
      return { raw: raw(json.slice(0, body.at % json.length), 'application/json') };
    }
    case 'text':
      return { raw: raw(body.text, 'application/json') };
    case 'deep':
      return { raw: raw('['.repeat(body.depth) + ']'.repeat(body.depth), 'application/json') };
    case 'bytes':
      return { raw: raw(new Uint8Array(body.bytes), 'application/octet-stream') };
    case 'upload':
      // A form sets its own multipart type and boundary; a forced type makes it junk.
      if (r.contentType === undefined) return { form: uploadForm(body, png) };
      return { raw: raw(new Uint8Array(body.bytes), r.contentType) };
  }
}

/**
 * The codes a caller of its own objects may get for bad input: the contract's (`PLATFORM_ERRORS`:
 * validation, send, template, media, registration, block and group codes, 190 for junk
 * credentials), but never 200 (the token holds both grants). Anything else, 131000 above all,
 * means an error reached the envelope unmapped.
 */
const FUZZ_CODES = new Set(
  Object.keys(PLATFORM_ERRORS)
    .map(Number)
    .filter((code) => code !== 200),
);

/** `GRAPH_FUZZ_STATS=1` prints how often each route answered each status and code: coverage at a glance. */
const stats: string[] = [];
async function checkFuzzed(r: FuzzRequest, a: TenantWorld, png: Buffer): Promise<void> {
  const id = 'own' in r.id ? idsOf(a)[r.route.kind] : r.id.raw ? r.id.value : encodeURIComponent(r.id.value);
  const search = new URLSearchParams({ ...r.route.query?.(a), ...r.query }).toString();
  const batch =
    'own' in r.batch ? a.batchId : r.batch.raw ? r.batch.value : encodeURIComponent(r.batch.value);
  const filled = r.route.path.replace(':id', id).replace(':batchId', batch);
  const path = `${filled}${search === '' ? '' : `?${search}`}`;
  const out = encode(r, a, png);
  const auth = r.auth === 'own' ? { token: a.token } : r.auth === 'none' ? {} : { authorization: r.auth };
  const answer = await send(r.route.method, path, { ...out, ...auth });
  const what = `${r.route.method} ${path.slice(0, 300)} (${out.raw?.type ?? (out.form ? 'multipart' : 'no body')})`;
  if (process.env.GRAPH_FUZZ_STATS)
    stats.push(`${routeName(r.route)} ${answer.status} ${answer.body?.error?.code ?? ''}`);
  assert.ok(answer.status < 500, `${what} answered ${answer.status}: ${answer.text.slice(0, 400)}`);
  if (answer.status >= 400) {
    assertEnvelope(answer, what);
    const code = answer.body.error.code as number;
    assert.ok(FUZZ_CODES.has(code), `${what} answered code ${code}: ${answer.text.slice(0, 400)}`);
    if (r.auth === 'own') assert.notEqual(code, 190, `${what} refused the tenant's own token`);
  }
  // Every Graph route with an `:id` needs a token: without a valid one nothing succeeds.
  if (r.auth !== 'own') assert.ok(answer.status >= 400, `${what} answered ${answer.status} to ${r.auth}`);
}

// ---------------------------------------------------------------------------------------------

/** Runs per route and property: every route is reached, and the file stays well under 2 minutes. */
const NEAR_VALID_RUNS = 30;
const HOSTILE_RUNS = 15;

describe('Graph edge: the tenancy matrix and the fuzzer over every Graph route', () => {
  let server: TestServer;
  /** The business whose objects are aimed at; the fuzzer's own tenant. */
  let alpha: TenantWorld;
  /** The other business: its token is aimed at alpha's objects. */
  let beta: TenantWorld;
  let alphaBefore: unknown;
  let png: Buffer;

  before(async () => {
    server = await startTestServer();
    serverUrl = server.url;
    png = await smallPng();
    alpha = await buildTenantWorld(server, 'Tenant Alpha');
    beta = await buildTenantWorld(server, 'Tenant Beta');
    alphaBefore = await stateOf(server, alpha);
  });
  after(async () => {
    await server.close();
    await Promise.all([alpha?.receiver.close(), beta?.receiver.close()]);
  });

  test('the route table names every Graph route and every node kind the app serves', async () => {
    const expected = new Set([
      ...ROUTES.filter((r) => r.path !== '/:id').map((r) => `${r.method} ${r.path}`),
      ...['GET', 'POST', 'DELETE'].map((method) => `${method} /:id`),
      ...OTHER_ROUTES,
    ]);
    const registered = registeredGraphRoutes(server);
    const untested = [...registered].filter((r) => !expected.has(r));
    assert.deepEqual(untested, [], 'Graph routes without an entry in ROUTES: add them there');
    const gone = [...expected].filter((r) => !registered.has(r));
    assert.deepEqual(gone, [], 'ROUTES names routes the app no longer registers');

    const nodes = ROUTES.filter((r) => r.path === '/:id').map((r) => `${r.method} ${r.kind}`);
    assert.deepEqual(
      [...(await servedNodes(alpha))].sort(),
      nodes.sort(),
      '/{id} serves other kinds than ROUTES says',
    );
  });

  // Rule: another business's id in the path is refused exactly as an id of the same kind never
  // issued is (status, code, subcode, type, details), and shows nothing of the object. With the
  // id the route is for and its valid request, that refusal is 400 (#100) subcode 33,
  // GraphMethodException. (An id of another kind may meet a check of its own kind's handler
  // first: `POST /{PNID}` refuses a template's body keys before it looks the number up.)
  test("another business's ids in the path look exactly like unknown ones, on every route", async () => {
    for (const route of ROUTES) {
      for (const [kind, id] of Object.entries(idsOf(alpha)) as [IdKind, string][]) {
        const what = `${routeName(route)} with ${beta.name}'s token on ${alpha.name}'s ${kind}`;
        const foreign = await validRequest(route, alpha, id, beta.token);
        assertEnvelope(foreign, what);
        if (kind === route.kind) {
          assertGraphError(foreign, 400, 100, 33);
          assert.equal(foreign.body.error.type, 'GraphMethodException', what);
        }
        assert.ok(foreign.status >= 400, what);
        for (const secret of [alpha.name, alpha.phone.slice(1), alpha.person.phone.slice(1)]) {
          assert.ok(!foreign.text.includes(secret), `${what} shows ${secret}: ${foreign.text}`);
        }
        const never = unknownId(kind);
        const unknown = await validRequest(route, alpha, never, beta.token);
        const details = (a: Answer, own: string) =>
          String(a.body?.error?.error_data?.details).replaceAll(own, '{id}');
        assert.deepEqual(
          { ...refusalOf(foreign), details: details(foreign, id) },
          { ...refusalOf(unknown), details: details(unknown, never) },
          what,
        );
      }
    }
  });

  // Rule: an id of another business in a body or query of one's own route is refused just as an
  // id never issued is (same status, code and subcode), whatever that route's code for it is.
  test("another business's ids in bodies and queries are refused like unknown ones", async () => {
    const b = beta;
    const a = alpha;
    const messages = `/${b.phoneNumberId}/messages`;
    const toPerson = { ...wa, to: b.person.phone };
    const cases: {
      what: string;
      method: Method;
      path: (id: string) => string;
      body?: (id: string) => Json;
      foreign: string;
      unknown: string;
    }[] = [
      {
        what: 'an image by media id',
        method: 'POST',
        path: () => messages,
        body: (id) => ({ ...toPerson, type: 'image', image: { id } }),
        foreign: a.mediaId,
        unknown: unknownId('media'),
      },
      {
        what: 'an interactive header image',
        method: 'POST',
        path: () => messages,
        body: (id) => ({
          ...toPerson,
          type: 'interactive',
          interactive: {
            type: 'button',
            header: { type: 'image', image: { id } },
            body: { text: 'Pick' },
            action: { buttons: [{ type: 'reply', reply: { id: 'y', title: 'Yes' } }] },
          },
        }),
        foreign: a.mediaId,
        unknown: unknownId('media'),
      },
      {
        what: 'a reaction',
        method: 'POST',
        path: () => messages,
        body: (id) => ({ ...toPerson, type: 'reaction', reaction: { message_id: id, emoji: '👍' } }),
        foreign: a.outboundWamid,
        unknown: unknownWamid,
      },
      {
        what: 'a reply context',
        method: 'POST',
        path: () => messages,
        body: (id) => ({ ...toPerson, type: 'text', text: { body: 'Re' }, context: { message_id: id } }),
        foreign: a.outboundWamid,
        unknown: unknownWamid,
      },
      {
        what: 'a read receipt',
        method: 'POST',
        path: () => messages,
        body: (id) => ({ ...wa, status: 'read', message_id: id }),
        foreign: a.inboundWamid,
        unknown: unknownWamid,
      },
      {
        what: 'a read receipt by PUT',
        method: 'PUT',
        path: () => messages,
        body: (id) => ({ ...wa, status: 'read', message_id: id }),
        foreign: a.inboundWamid,
        unknown: unknownWamid,
      },
      {
        what: 'a template by name',
        method: 'POST',
        path: () => messages,
        body: (name) => ({ ...toPerson, type: 'template', template: { name, language: { code: 'en_US' } } }),
        foreign: a.templateName,
        unknown: 'never_a_template',
      },
      {
        what: 'a profile picture handle',
        method: 'POST',
        path: () => `/${b.phoneNumberId}/whatsapp_business_profile`,
        body: (id) => ({ ...wa, profile_picture_handle: id }),
        foreign: a.mediaId,
        unknown: unknownId('media'),
      },
      {
        what: 'subscribing an app by app_id',
        method: 'POST',
        path: () => `/${b.wabaId}/subscribed_apps`,
        body: (id) => ({ app_id: id }),
        foreign: a.appId,
        unknown: unknownId('app'),
      },
      {
        what: 'subscribing an app by ?app_id=',
        method: 'POST',
        path: (id) => `/${b.wabaId}/subscribed_apps?app_id=${id}`,
        foreign: a.appId,
        unknown: unknownId('app'),
      },
      {
        what: 'unsubscribing an app',
        method: 'DELETE',
        path: () => `/${b.wabaId}/subscribed_apps`,
        body: (id) => ({ app_id: id }),
        foreign: a.appId,
        unknown: unknownId('app'),
      },
      {
        what: 'deleting a template by hsm_id',
        method: 'DELETE',
        path: (id) => `/${b.wabaId}/message_templates?name=${a.templateName}&hsm_id=${id}`,
        foreign: a.templateId,
        unknown: unknownId('template'),
      },
      {
        what: 'deleting templates by name',
        method: 'DELETE',
        path: (name) => `/${b.wabaId}/message_templates?name=${name}`,
        foreign: a.templateName,
        unknown: 'never_a_template',
      },
      {
        what: 'a media node for a phone_number_id',
        method: 'GET',
        path: (id) => `/${b.mediaId}?phone_number_id=${id}`,
        foreign: a.phoneNumberId,
        unknown: unknownId('phone_number'),
      },
      {
        what: 'deleting media for a phone_number_id',
        method: 'DELETE',
        path: (id) => `/${b.mediaId}?phone_number_id=${id}`,
        foreign: a.phoneNumberId,
        unknown: unknownId('phone_number'),
      },
    ];
    for (const c of cases) {
      const ask = (id: string) =>
        send(c.method, c.path(id), { token: b.token, ...(c.body && { json: c.body(id) }) });
      const foreign = await ask(c.foreign);
      assert.ok(foreign.status >= 400, `${c.what} with ${a.name}'s id was accepted: ${foreign.text}`);
      assertEnvelope(foreign, c.what);
      const unknown = await ask(c.unknown);
      const { status, code, subcode } = refusalOf(foreign);
      const never = refusalOf(unknown);
      assert.deepEqual(
        { status, code, subcode },
        { status: never.status, code: never.code, subcode: never.subcode },
        `${c.what}: ${foreign.text} vs ${unknown.text}`,
      );
    }
  });

  // Rule (contract 3.3): a download URL needs a token of the media's WABA; any other is a 404.
  test("another business's media download URL is a 404, like one never signed", async () => {
    const foreign = await send('GET', alpha.downloadPath, { token: beta.token });
    assert.equal(foreign.status, 404, foreign.text);
    assertEnvelope(foreign, 'download with a foreign token');
    assert.equal((await send('GET', alpha.downloadPath)).status, 404);
    const forged = alpha.downloadPath.replace(/hash=[^&]+/, 'hash=forged');
    assert.equal((await send('GET', forged, { token: alpha.token })).status, 404);
    const own = await fetch(`${serverUrl}/v23.0${alpha.downloadPath}`, {
      headers: { authorization: `Bearer ${alpha.token}` },
    });
    assert.equal(own.status, 200);
  });

  // Rule: with a valid request, no token, an unknown token and a revoked one are 401 (#190).
  test('no token, an unknown token and a revoked token get 401/190 on every route', async () => {
    const user = await server.parley.platform.createSystemUser(alpha.portfolioId, 'revoked');
    const { token: revoked, accessToken } = await server.parley.platform.issueToken(user, {
      permissions: ['whatsapp_business_messaging', 'whatsapp_business_management'],
      wabaIds: [alpha.wabaId],
    });
    await server.parley.platform.revokeToken(alpha.portfolioId, accessToken.id);
    for (const route of ROUTES) {
      const id = idsOf(alpha)[route.kind];
      for (const token of [undefined, 'EAAnotATokenOfAnyone', revoked]) {
        const answer = await validRequest(route, alpha, id, token);
        assertGraphError(answer, 401, 190);
      }
    }
  });

  // Rule: one's own object with a token lacking the route's grant is 403 (#200).
  test('a token without the grant a route needs gets 403/200', async () => {
    for (const route of ROUTES) {
      const token = route.grant === 'management' ? alpha.messagingToken : alpha.managementToken;
      const answer = await validRequest(route, alpha, idsOf(alpha)[route.kind], token);
      assertGraphError(answer, 403, 200);
    }
  });

  test("the other business's requests left every object of the first as it was", async () => {
    assert.deepEqual(await stateOf(server, alpha), alphaBefore);
  });

  /** After fuzzing the first business: the server serves, and the other business is untouched. */
  async function assertHealthy(betaBefore: unknown): Promise<void> {
    assert.equal((await fetch(`${serverUrl}/healthz`)).status, 200);
    assert.deepEqual(
      await stateOf(server, beta),
      betaBefore,
      `${beta.name} changed while ${alpha.name} was fuzzed`,
    );
    const sent = await validRequest(
      ROUTES.find((r) => r.path === '/:id/messages' && r.method === 'POST')!,
      beta,
      beta.phoneNumberId,
      beta.token,
    );
    assert.equal(sent.status, 200, sent.text);
    assert.equal((await send('GET', `/${alpha.wabaId}`, { token: alpha.token })).status, 200);
  }

  test('every Graph route answers near-valid requests below 500, in the envelope, with contract codes', async () => {
    const betaBefore = await stateOf(server, beta);
    for (const route of ROUTES) {
      await fc.assert(
        fc.asyncProperty(nearValidRequest(alpha, beta, route), (r) => checkFuzzed(r, alpha, png)),
        { numRuns: NEAR_VALID_RUNS },
      );
    }
    await assertHealthy(betaBefore);
  });

  test('every Graph route answers hostile requests below 500, in the envelope, with contract codes', async () => {
    const betaBefore = await stateOf(server, beta);
    for (const route of ROUTES) {
      await fc.assert(
        fc.asyncProperty(hostileRequest(alpha, beta, route), (r) => checkFuzzed(r, alpha, png)),
        { numRuns: HOSTILE_RUNS },
      );
    }
    await assertHealthy(betaBefore);
  });

  after(() => {
    if (process.env.GRAPH_FUZZ_STATS) {
      const counts = new Map<string, number>();
      for (const s of stats) counts.set(s, (counts.get(s) ?? 0) + 1);
      console.log(
        [...counts]
          .sort()
          .map(([k, v]) => `${v}\t${k}`)
          .join('\n'),
      );
    }
  });

  test("each business's webhooks only ever named its own WABA and numbers", () => {
    assertOwnWebhooks(alpha);
    assertOwnWebhooks(beta);
  });
});
