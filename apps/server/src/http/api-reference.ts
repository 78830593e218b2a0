import type { FastifyApiReferenceOptions } from '@scalar/fastify-api-reference';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { App } from './app-instance.js';
import { sendNotFound } from './errors.js';

const CONFIGURATION: FastifyApiReferenceOptions['configuration'] = {
  pageTitle: 'Parley API reference',
  // Offline by design: no web fonts, no telemetry, no proxy; the script is served from the package.
  withDefaultFonts: false,
  telemetry: false,
  showDeveloperTools: 'never',
  operationTitleSource: 'summary',
  // Both call Scalar's hosted services.
  agent: { disabled: true },
  mcp: { disabled: true },
};

/** What the reference's answers keep; Fastify sets the length and connection headers itself. */
const KEPT_HEADERS = ['content-type', 'content-disposition', 'location', 'cache-control'];

/**
 * Serves the Scalar reference of `document()` under `prefix` (`/docs/`, `/docs/js/scalar.js`,
 * `/docs/openapi.json`, `/docs/openapi.yaml`). Scalar's plugin (a 4 MB script and an OpenAPI parser)
 * takes about a second to load, which start-up must not pay: it is loaded on the first request, into
 * a small Fastify instance of its own that these routes hand requests to.
 */
export function registerApiReference(app: App, prefix: string, document: () => unknown): void {
  let reference: Promise<FastifyInstance> | undefined;
  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    reference ??= loadReference(prefix, document);
    const answer = await (await reference).inject({ method: request.method as 'GET', url: request.url });
    if (answer.statusCode === 404) return sendNotFound(request, reply);
    for (const name of KEPT_HEADERS) {
      const value = answer.headers[name];
      if (value !== undefined) void reply.header(name, value);
    }
    return reply.status(answer.statusCode).send(answer.rawPayload);
  };
  const hidden = { schema: { hide: true } as object };
  app.get(prefix, hidden, forward);
  app.get(`${prefix}/*`, hidden, forward);
}

async function loadReference(prefix: string, document: () => unknown): Promise<FastifyInstance> {
  const { default: apiReference } = await import('@scalar/fastify-api-reference');
  const reference = Fastify();
  await reference.register(apiReference, {
    routePrefix: prefix as `/${string}`,
    configuration: { ...CONFIGURATION, content: document },
  });
  await reference.ready();
  return reference;
}
