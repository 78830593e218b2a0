import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

/**
 * Checks our wire format against Meta's own OpenAPI document of the Business Messaging API (v23.0,
 * MIT, vendored in docs/reference/ so a clean clone has it). Paths are Meta's template paths, e.g.
 * `/{Version}/{Phone-Number-ID}/messages`. Set PARLEY_META_OPENAPI to use another copy.
 *
 * Meta's schemas rarely mark a property required and never forbid extra ones, so a passing check
 * says "every field we send has the type Meta documents". Pass `{ strict: true }` to also refuse
 * properties Meta does not document (typos, our own extensions).
 */
export const META_OPENAPI_PATH =
  process.env.PARLEY_META_OPENAPI ??
  fileURLToPath(
    new URL('../../../../docs/reference/meta-business-messaging-api_v23.0.yaml', import.meta.url),
  );

export interface MetaCheckOptions {
  /** Also refuse object properties that Meta's schema does not document. */
  readonly strict?: boolean;
}

/** Validates a response body against the operation's schema for that status (application/json). */
export function assertMetaResponse(
  check: { method: string; path: string; status: number; body: unknown },
  options: MetaCheckOptions = {},
): void {
  const label = `${check.method.toUpperCase()} ${check.path} → ${check.status}`;
  const op = operation(check.method, check.path);
  const responses = (at([...op.tokens, 'responses']).node ?? {}) as Record<string, unknown>;
  const code = String(check.status);
  const key = [code, `${code[0]}XX`, 'default'].find((k) => responses[k] !== undefined);
  if (key === undefined) {
    const documented = Object.keys(responses).join(', ');
    throw new Error(`${label}: Meta documents no response for status ${code} (only ${documented})`);
  }
  const schema = jsonSchemaAt([...op.tokens, 'responses', key], label);
  assertBody(label, schema, check.body, options);
}

/** Validates a request body (application/json) against the operation's documented request schema. */
export function assertMetaRequest(
  check: { method: string; path: string; body: unknown },
  options: MetaCheckOptions = {},
): void {
  const label = `${check.method.toUpperCase()} ${check.path} request`;
  const op = operation(check.method, check.path);
  if (at([...op.tokens, 'requestBody']).node === undefined) {
    throw new Error(`${label}: Meta documents no request body`);
  }
  assertBody(label, jsonSchemaAt([...op.tokens, 'requestBody'], label), check.body, options);
}

/** Validates a webhook POST body (`{object, entry:[{id, changes:[…]}]}`) against Meta's webhook schema. */
export function assertMetaWebhook(payload: unknown, options: MetaCheckOptions = {}): void {
  assertMetaRequest({ method: 'post', path: '/whatsapp/webhooks', body: payload }, options);
}

/**
 * Validates a value against one of Meta's named schemas, e.g. `GraphAPIError` for the error
 * envelope, which most operations do not list under their responses.
 */
export function assertMetaSchema(name: string, value: unknown, options: MetaCheckOptions = {}): void {
  const schemas = (load().document.components as { schemas?: Record<string, unknown> }).schemas ?? {};
  if (schemas[name] === undefined) throw new Error(`Meta documents no schema named ${name}`);
  assertBody(`schema ${name}`, ['components', 'schemas', name], value, options);
}

// --- the document, loaded once -------------------------------------------------------------------

interface Operation {
  responses?: Record<string, unknown>;
  requestBody?: unknown;
}
interface MetaDocument {
  paths: Record<string, Record<string, Operation>>;
  [key: string]: unknown;
}

const DOCUMENT_ID = 'meta-openapi';
let loaded: { document: MetaDocument; ajv: Ajv2020 } | undefined;
const validators = new Map<string, ValidateFunction>();

function load(): { document: MetaDocument; ajv: Ajv2020 } {
  if (loaded !== undefined) return loaded;
  if (!existsSync(META_OPENAPI_PATH)) {
    throw new Error(
      `Meta's OpenAPI document is missing at ${META_OPENAPI_PATH}. It is vendored at ` +
        'docs/reference/meta-business-messaging-api_v23.0.yaml; set PARLEY_META_OPENAPI to point elsewhere.',
    );
  }
  const document = repair(parse(readFileSync(META_OPENAPI_PATH, 'utf8')) as MetaDocument);
  // strict off: the document mixes OpenAPI keywords (example, discriminator, xml) into its schemas.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, logger: false });
  const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
  addFormats(ajv);
  ajv.addSchema(document, DOCUMENT_ID);
  loaded = { document, ajv };
  return loaded;
}

/**
 * Meta's document was merged from several specs and carries authoring errors that would make valid
 * traffic fail or bury the real mistake; they are repaired here, in memory, as the authors meant:
 *
 * 1. Colliding schema names were renamed `X_1`, `X_2`… but references kept pointing at `X` (no
 *    reference to any `X_n` exists). So the webhook's `IncomingMessage` points at the SEND
 *    `TextMessage` instead of `TextMessage_2`. Each merged spec's schemas are contiguous, so a
 *    reference from inside `components.schemas` goes to the variant defined nearest to it.
 * 2. `allOf: [Base, { additionalProperties: false, … }]` refuses Base's own properties in JSON
 *    Schema, so no send request could pass. The closing moves to the `allOf` itself, as
 *    `unevaluatedProperties: false` (2020-12), which sees the properties of every branch.
 * 3. A `oneOf` with a `discriminator` becomes "if type is X then X's schema", which is what the
 *    discriminator says, so a wrong message reports its own problems, not every other type's.
 */
function repair(document: MetaDocument): MetaDocument {
  const components = document.components as { schemas?: Record<string, unknown> } | undefined;
  const schemas = components?.schemas ?? {};
  const names = Object.keys(schemas);
  const variants = new Map<string, number[]>();
  names.forEach((name, index) => {
    const base = name.replace(/_\d+$/, '');
    variants.set(base, [...(variants.get(base) ?? []), index]);
  });
  const nearest = (ref: unknown, from: number): unknown => {
    const match = typeof ref === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(ref) : null;
    const candidates = match?.[1] === undefined ? undefined : variants.get(match[1]);
    if (candidates === undefined || candidates.length < 2) return ref;
    const best = candidates.reduce((a, b) => (Math.abs(b - from) < Math.abs(a - from) ? b : a));
    return `#/components/schemas/${names[best]}`;
  };
  names.forEach((name, index) => {
    walk(schemas[name], (node) => {
      if (node.$ref !== undefined) node.$ref = nearest(node.$ref, index);
      const mapping = (node.discriminator as { mapping?: Record<string, unknown> } | undefined)?.mapping;
      for (const key of Object.keys(mapping ?? {})) mapping![key] = nearest(mapping![key], index);
    });
  });
  walk(document, (node) => {
    if (Array.isArray(node.allOf)) {
      for (const branch of node.allOf as Record<string, unknown>[]) {
        if (branch?.additionalProperties === false) {
          delete branch.additionalProperties;
          node.unevaluatedProperties = false;
        }
      }
    }
    discriminate(node);
  });
  return document;
}

function discriminate(node: Record<string, unknown>): void {
  const discriminator = node.discriminator as
    { propertyName?: string; mapping?: Record<string, string> } | undefined;
  const { propertyName: property, mapping } = discriminator ?? {};
  if (property === undefined || mapping === undefined || !Array.isArray(node.oneOf)) return;
  const targets = new Set(Object.values(mapping));
  if (!(node.oneOf as { $ref?: string }[]).every((branch) => targets.has(branch.$ref ?? ''))) return;
  const cases = Object.entries(mapping).map(([value, ref]) => ({
    if: { properties: { [property]: { const: value } }, required: [property] },
    then: { $ref: ref },
  }));
  const known = { properties: { [property]: { enum: Object.keys(mapping) } }, required: [property] };
  node.allOf = [...((node.allOf as unknown[] | undefined) ?? []), known, ...cases];
  delete node.oneOf;
}

function walk(node: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
  } else if (typeof node === 'object' && node !== null) {
    visit(node as Record<string, unknown>);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

function operation(method: string, path: string): { tokens: string[] } {
  const { document } = load();
  const item = document.paths[path];
  if (item === undefined) {
    const last = path.split('/').pop();
    const near = Object.keys(document.paths).filter((p) => p.split('/').pop() === last);
    const hint = near.length > 0 ? ` (did you mean ${near.join(' or ')}?)` : '';
    throw new Error(`Meta documents no path ${path}${hint}`);
  }
  if (item[method.toLowerCase()] === undefined) {
    throw new Error(`Meta documents no ${method.toUpperCase()} on ${path}`);
  }
  return { tokens: ['paths', path, method.toLowerCase()] };
}

/** The node at a path of the document, following `$ref`s on the way; `tokens` is where it really is. */
function at(tokens: readonly string[]): { node: unknown; tokens: string[] } {
  let node: unknown = load().document;
  let where: string[] = [];
  for (const token of tokens) {
    ({ node, tokens: where } = follow(node, where));
    node = (node as Record<string, unknown> | undefined)?.[token];
    where = [...where, token];
  }
  return follow(node, where);
}

function follow(node: unknown, where: string[]): { node: unknown; tokens: string[] } {
  const ref = (node as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== 'string') return { node, tokens: where };
  const tokens = ref
    .replace(/^#\//, '')
    .split('/')
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
  return at(tokens);
}

/** An RFC 6901 pointer, URI-encoded so that Ajv resolves `{`, `}` and spaces in Meta's paths. */
function pointer(tokens: readonly string[]): string {
  const escaped = tokens.map((t) => encodeURIComponent(t.replaceAll('~', '~0').replaceAll('/', '~1')));
  return `#/${escaped.join('/')}`;
}

/** Where the application/json schema of a response or request body is. */
function jsonSchemaAt(tokens: readonly string[], label: string): string[] {
  const body = at(tokens);
  const content = (body.node as { content?: Record<string, { schema?: unknown }> }).content;
  if (content?.['application/json']?.schema === undefined) {
    const types = Object.keys(content ?? {}).join(', ') || 'none';
    throw new Error(`${label}: Meta documents no application/json schema (content types: ${types})`);
  }
  return [...body.tokens, 'content', 'application/json', 'schema'];
}

function assertBody(label: string, schemaAt: string[], body: unknown, options: MetaCheckOptions): void {
  const { ajv } = load();
  const schemaPointer = pointer(schemaAt);
  let validate = validators.get(schemaPointer);
  if (validate === undefined) {
    validate = ajv.compile({ $ref: `${DOCUMENT_ID}${schemaPointer}` });
    validators.set(schemaPointer, validate);
  }
  // "must match then" only repeats the errors of the branch it chose.
  const errors = validate(body) ? [] : (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  const problems = errors.map(describe);
  if (options.strict === true) {
    undocumented(at(schemaAt).node, body, '', problems);
  }
  if (problems.length > 0) {
    const unique = [...new Set(problems)];
    const shown = unique.slice(0, 12).map((p) => `  - ${p}`);
    if (unique.length > shown.length) shown.push(`  … and ${unique.length - shown.length} more`);
    throw new Error(
      `${label} does not match Meta's OpenAPI document:\n${shown.join('\n')}\n` +
        `body: ${JSON.stringify(body).slice(0, 500)}`,
    );
  }
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(body)' : error.instancePath;
  const params =
    error.keyword === 'type' || error.keyword === 'required' ? '' : ` ${JSON.stringify(error.params)}`;
  return `${where} ${error.message ?? error.keyword}${params}`;
}

// --- strict: properties Meta does not document ----------------------------------------------------

type Schema = Record<string, unknown>;

/** Every branch a value may match: refs followed, allOf/oneOf/anyOf flattened (a union, to never refuse what one branch allows). */
function branches(node: unknown, seen = new Set<unknown>()): Schema[] {
  if (typeof node !== 'object' || node === null || seen.has(node)) return [];
  seen.add(node);
  const schema = resolveSchema(node as Schema);
  const nested = ['allOf', 'oneOf', 'anyOf', 'then', 'else'].flatMap((k) => {
    const value = schema[k];
    return (Array.isArray(value) ? value : [value]).flatMap((s) => branches(s, seen));
  });
  return [schema, ...nested];
}

function resolveSchema(schema: Schema): Schema {
  return (follow(schema, []).node ?? {}) as Schema;
}

function undocumented(schema: unknown, value: unknown, path: string, out: string[]): void {
  const all = branches(schema);
  if (Array.isArray(value)) {
    const items = all.map((s) => s.items).filter((s) => s !== undefined);
    if (items.length > 0) value.forEach((v, i) => undocumented({ anyOf: items }, v, `${path}/${i}`, out));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const properties = new Map<string, unknown[]>();
  let open = false;
  for (const branch of all) {
    const extra = branch.additionalProperties ?? branch.patternProperties;
    if (extra !== undefined && extra !== false) open = true;
    for (const [name, sub] of Object.entries((branch.properties as Schema | undefined) ?? {})) {
      properties.set(name, [...(properties.get(name) ?? []), sub]);
    }
  }
  // A schema with no properties at all is a free-form object: nothing to compare against.
  if (properties.size === 0) return;
  for (const [name, sub] of Object.entries(value)) {
    const documented = properties.get(name);
    if (documented === undefined) {
      if (!open) out.push(`${path}/${name} is not documented by Meta`);
      continue;
    }
    undocumented({ anyOf: documented }, sub, `${path}/${name}`, out);
  }
}
