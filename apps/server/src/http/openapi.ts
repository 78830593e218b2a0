import swagger from '@fastify/swagger';
import type { FastifySchema, RouteOptions } from 'fastify';
import { registerApiReference } from './api-reference.js';
import type { App } from './app-instance.js';
import { GRAPH_PREFIX } from './graph/graph-url.js';
import { OPERATION_SUMMARIES } from './openapi-summaries.js';

/** Where the browsable reference lives; the document is at `${DOCS_PREFIX}/openapi.json`. */
export const DOCS_PREFIX = '/docs';

const DESCRIPTION = `Every HTTP API of one Parley node, generated from the same schemas the server validates with.

- **Client API** (\`/v1/…\`): what the web messenger, the Business app tools and test phones use.
  Authenticate with a device token (\`Authorization: Bearer <token>\`) from \`POST /v1/auth/verify\`.
  The WebSocket protocol (\`GET /v1/ws\`) is described in \`docs/protocol.md\`.
- **Operator API** (\`/v1/operator/…\`): the platform operator's tools, under the operator token.
- **Cloud API** (\`/{version}/…\`): wire-compatible with the WhatsApp Cloud API (Graph API).
  The server accepts any \`/vNN.N/\` prefix, and also version-less Graph paths (those starting
  with a numeric id, \`upload:…\`, \`debug_token\` or \`app\`), and rewrites them to its
  internal \`/graph/…\` routes, so \`POST /v23.0/{Phone-Number-ID}/messages\` and
  \`POST /{Phone-Number-ID}/messages\` reach the same handler. Responses carry
  \`facebook-api-version\` (the version asked for, else v23.0). Authenticate with a system-user access
  token, as \`Authorization: Bearer <token>\` or \`?access_token=<token>\`. Errors use the Graph
  envelope \`{ "error": { "message", "type", "code", "error_subcode", "error_data", "fbtrace_id" } }\`.`;

interface TagInfo {
  readonly name: string;
  readonly description: string;
}

const tag = (name: string, description: string): TagInfo => ({ name, description });
const SERVICE = tag('Service', 'Health and operations.');
const SIGN_IN = tag('Sign-in', 'One-time codes sent to a phone number, and device tokens.');
const DEVELOPMENT = tag('Development', 'Helpers that exist only outside production.');
const PROFILE = tag('Profile', "My account and profile, and other accounts' public profiles.");
const DEVICES = tag('Devices', 'Linked devices (QR linking) and signing out.');
const CONTACTS = tag('Contacts', 'The address book.');
const CHATS = tag('Chats', 'Direct chats, groups, invite links and my settings per chat.');
const MESSAGES = tag('Messages', 'History, sending over REST, read receipts.');
const REALTIME = tag('WebSocket', 'The real-time protocol; its frames are described in docs/protocol.md.');
const MEDIA = tag('Media', 'Uploading and downloading media.');
const SAFETY = tag('Safety', 'Blocking and reporting.');
const BUSINESS = tag('Business profile', 'The Business app profile, hours and statistics.');
const BROADCASTS = tag('Broadcasts', 'Broadcast lists of the Business app.');
const CATALOG = tag('Catalog', 'Items and collections of a business catalog.');
const ORDERS = tag('Orders', 'Orders placed from a catalog.');
const AUTO_REPLIES = tag('Auto-replies', 'Greeting and away messages.');
const LABELS = tag('Labels', 'Labels on chats and contacts.');
const QUICK_REPLIES = tag('Quick replies', 'Saved replies of the Business app.');
const OPERATOR = tag('Operator', "The platform operator's API (the role Meta plays).");
const GRAPH = tag('Cloud API', 'The WhatsApp Cloud API (Graph API), wire-compatible, under `/{version}/`.');

/** The first rule whose pattern matches a route's URL gives its tag. */
const TAG_RULES: readonly (readonly [RegExp, TagInfo])[] = [
  [/^\/v1\/auth\//, SIGN_IN],
  [/^\/v1\/dev\//, DEVELOPMENT],
  [/^\/v1\/ws$/, REALTIME],
  [/^\/v1\/(me|accounts\/:accountId)\/business-profile$/, BUSINESS],
  [/^\/v1\/accounts\/:accountId\/(catalog|products)/, CATALOG],
  [/^\/v1\/(me|accounts)(\/|$)/, PROFILE],
  [/^\/v1\/(devices|link-requests)(\/|$)/, DEVICES],
  [/^\/v1\/contacts(\/|$)/, CONTACTS],
  [/^\/v1\/chats\/:chatId\/(messages|read)/, MESSAGES],
  [/^\/v1\/(chats|groups|invites)(\/|$)/, CHATS],
  [/^\/v1\/media(\/|$)/, MEDIA],
  [/^\/v1\/(blocks|reports)(\/|$)/, SAFETY],
  [/^\/v1\/business\/(broadcast-lists|broadcasts)(\/|$)/, BROADCASTS],
  [/^\/v1\/business\/(products|collections)(\/|$)/, CATALOG],
  [/^\/v1\/(business\/)?orders(\/|$)/, ORDERS],
  [/^\/v1\/business\/auto-replies(\/|$)/, AUTO_REPLIES],
  [/^\/v1\/business\/label/, LABELS],
  [/^\/v1\/business\/quick-replies(\/|$)/, QUICK_REPLIES],
  [/^\/v1\/business(\/|$)/, BUSINESS],
  [/^\/v1\/operator(\/|$)/, OPERATOR],
  [/^\/graph(\/|$)/, GRAPH],
];

const SECURITY_SCHEMES = {
  deviceToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'A device token from `POST /v1/auth/verify` (or from linking a device).',
  },
  operatorToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'The operator token from the configuration (`PARLEY_OPERATOR_TOKEN`).',
  },
  graphToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'A system-user access token (`EAA…`); `?access_token=` works too.',
  },
} as const;

type RouteSchema = FastifySchema & {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  hide?: boolean;
};

const VERSION_PARAM = {
  type: 'string',
  pattern: '^v\\d+\\.\\d+$',
  description: 'Any Graph API version, e.g. `v23.0`; the path also works without it.',
  examples: ['v23.0'],
};

/**
 * Serves the OpenAPI document at `/docs/openapi.json` and the Scalar reference at `/docs`. Register
 * it before any route: @fastify/swagger collects routes in an `onRoute` hook, which also sees routes
 * that encapsulated plugins (the Graph plugin, the operator API) register later.
 */
export async function registerOpenApi(app: App): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Parley API', version: '0.1.0', description: DESCRIPTION },
      tags: uniqueTags(),
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    // Tags, summaries and security are added to the document only: the schemas Fastify validates
    // and serialises with stay exactly as the routes declare them.
    transform: ({ schema, url, route }) => describeRoute(schema as RouteSchema | undefined, url, route),
    transformObject: (document) =>
      declareUsedTags(('openapiObject' in document ? document.openapiObject : {}) as OpenApiObject),
  });
  registerApiReference(app, DOCS_PREFIX, () => app.swagger());
}

/** The order of the reference's sidebar: the messenger first, then the business tiers. */
function uniqueTags(): TagInfo[] {
  return [
    SIGN_IN,
    PROFILE,
    DEVICES,
    CONTACTS,
    CHATS,
    MESSAGES,
    MEDIA,
    REALTIME,
    SAFETY,
    BUSINESS,
    CATALOG,
    ORDERS,
    BROADCASTS,
    AUTO_REPLIES,
    LABELS,
    QUICK_REPLIES,
    GRAPH,
    OPERATOR,
    DEVELOPMENT,
    SERVICE,
  ];
}

interface OpenApiObject {
  tags?: { name: string; description?: string }[];
  paths?: Record<string, Record<string, { tags?: string[] }>>;
}

/**
 * Lists only the tags some operation uses; a tag a route names itself (the Graph routes' "Graph:
 * messages"…) is declared too, beside the Cloud API's.
 */
function declareUsedTags(document: OpenApiObject): OpenApiObject {
  const used = new Set(
    Object.values(document.paths ?? {}).flatMap((item) => Object.values(item).flatMap((op) => op.tags ?? [])),
  );
  const declared = (document.tags ?? []).filter((t) => used.has(t.name));
  const names = new Set(declared.map((t) => t.name));
  const extra = [...used].filter((name) => !names.has(name)).map((name) => ({ name }));
  const at = declared.findIndex((t) => t.name === OPERATOR.name);
  const tags =
    at === -1 ? [...declared, ...extra] : [...declared.slice(0, at), ...extra, ...declared.slice(at)];
  return { ...document, tags };
}

function describeRoute(
  schema: RouteSchema | undefined,
  url: string,
  route: RouteOptions,
): { schema: RouteSchema; url: string } {
  const method = Array.isArray(route.method) ? String(route.method[0]) : String(route.method);
  const graph = url === GRAPH_PREFIX || url.startsWith(`${GRAPH_PREFIX}/`);
  const publicUrl = graph ? `/:version${url.slice(GRAPH_PREFIX.length)}` : url;
  const described: RouteSchema = {
    ...schema,
    tags: schema?.tags ?? [tagOf(url).name],
    summary: schema?.summary ?? OPERATION_SUMMARIES[`${method} ${url}`] ?? fallbackSummary(method, publicUrl),
  };
  const security = schema?.security ?? securityOf(url, graph);
  if (security !== undefined) described.security = security;
  if (route.websocket === true) {
    // @fastify/websocket hides its routes from the document; the socket is part of the API, so show it.
    delete described.hide;
    described.description ??= 'Upgrades to a WebSocket; the first frame authenticates. See docs/protocol.md.';
  }
  if (graph) described.params = withVersionParam(schema?.params, publicUrl);
  return { schema: described, url: publicUrl };
}

function tagOf(url: string): TagInfo {
  return TAG_RULES.find(([pattern]) => pattern.test(url))?.[1] ?? SERVICE;
}

function securityOf(url: string, graph: boolean): Record<string, string[]>[] | undefined {
  if (graph) return [{ graphToken: [] }];
  if (url.startsWith('/v1/operator')) return [{ operatorToken: [] }];
  if (/^\/v1\/(auth|dev|link-requests|ws)(\/|$)/.test(url)) return [];
  if (url.startsWith('/v1/')) return [{ deviceToken: [] }];
  return undefined;
}

/**
 * The document shows Graph paths as `/{version}/…`, so `version` joins the route's own params
 * (and the ones its URL names, when the route declares no params schema).
 */
function withVersionParam(params: unknown, publicUrl: string): object {
  const own = (params ?? {}) as { properties?: Record<string, unknown>; required?: string[] };
  const properties: Record<string, unknown> = { version: VERSION_PARAM };
  for (const [, name] of publicUrl.matchAll(/:(\w+)/g)) {
    if (name !== undefined) properties[name] ??= { type: 'string' };
  }
  const required = [...new Set(['version', ...Object.keys(properties), ...(own.required ?? [])])];
  return { type: 'object', properties: { ...properties, ...own.properties }, required };
}

/** For a route nobody described yet: "GET /v1/chats/{chatId}" reads better than nothing. */
function fallbackSummary(method: string, url: string): string {
  return `${method} ${url.replace(/:(\w+)/g, '{$1}')}`;
}
