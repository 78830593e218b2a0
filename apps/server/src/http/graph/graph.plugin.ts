import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isPlatformError } from '@parley/core';
import type { Parley } from '../../compose.js';
import type { App } from '../app-instance.js';
import { graphToken } from './graph-auth.js';
import { newTraceId, toGraphError, unsupportedRequest } from './graph-errors.js';
import type { GraphContext } from './graph-context.js';
import { GraphNodes, type NodeMethod } from './graph-nodes.js';
import { GRAPH_PREFIX, graphVersionOf } from './graph-url.js';
import { registerBusinessAccountRoutes } from './routes/business-accounts.routes.js';
import { registerGraphMediaRoutes } from './routes/media.routes.js';
import { registerGraphMessageRoutes } from './routes/messages.routes.js';
import { registerBlockUsersRoutes } from './routes/block-users.routes.js';
import { registerBusinessProfileRoutes } from './routes/business-profile.routes.js';
import { registerGroupRoutes } from './routes/groups.routes.js';
import { registerRegistrationRoutes } from './routes/registration.routes.js';
import { registerWebhookSubscriptionRoutes } from './routes/webhook-subscriptions.routes.js';
import { registerWebhookDeliveryRoutes } from './routes/webhook-deliveries.routes.js';
import { registerTemplateRoutes } from './routes/templates.routes.js';

function sendGraphError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toGraphError(error);
  if (status >= 500) request.log.error({ err: error }, 'graph request failed');
  // Throttles (130429, 131056) say when to come back, as some clients expect (contract 14.2).
  const retryAfterMs = isPlatformError(error) ? error.details?.retryAfterMs : undefined;
  if (typeof retryAfterMs === 'number') void reply.header('retry-after', Math.ceil(retryAfterMs / 1000));
  void reply.status(status).send(body);
}

/**
 * The Cloud-API-compatible Graph surface: its own error envelope, authentication by access
 * token, form bodies, and Graph's response headers. Areas register their routes in
 * `routes/*.routes.ts`.
 */
export async function registerGraph(app: App, parley: Parley): Promise<void> {
  await app.register(
    async (plugin) => {
      const graph = plugin.withTypeProvider<TypeBoxTypeProvider>();
      graph.setErrorHandler((error, request, reply) => sendGraphError(error, request, reply));
      graph.setNotFoundHandler((request, reply) => {
        const { status, body } = unsupportedRequest(request.method, request.originalUrl.split('?')[0]!);
        void reply.status(status).send(body);
      });
      // Graph accepts form-encoded bodies wherever it accepts JSON.
      graph.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string' },
        (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
      );
      // Graph takes an empty body as none even under `Content-Type: application/json`, which
      // clients send on bodiless DELETEs (@great-detail/whatsapp's media delete does).
      const parseJson = graph.getDefaultJsonParser('error', 'error');
      graph.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) =>
        body === '' ? done(null, undefined) : parseJson(request, body as string, done),
      );
      graph.addHook('onRequest', async (request) => {
        const token = graphToken(request);
        if (token !== undefined) request.graph = await parley.platform.authenticate(token);
      });
      graph.addHook('onSend', async (request, reply) => {
        const trace = newTraceId();
        void reply.header('facebook-api-version', graphVersionOf(request.originalUrl));
        void reply.header('x-fb-trace-id', trace);
        void reply.header('x-fb-request-id', trace);
      });

      const nodes = new GraphNodes();
      const context: GraphContext = { graph, parley, nodes };
      registerBusinessAccountRoutes(context);
      registerTemplateRoutes(context);
      registerGraphMediaRoutes(context);
      registerGraphMessageRoutes(context);
      registerRegistrationRoutes(context);
      registerBusinessProfileRoutes(context);
      registerWebhookSubscriptionRoutes(context);
      registerWebhookDeliveryRoutes(context);
      registerBlockUsersRoutes(context);
      registerGroupRoutes(context);

      for (const method of ['GET', 'POST', 'DELETE'] as NodeMethod[]) {
        graph.route({
          method,
          url: '/:id',
          schema: { hide: true } as object,
          handler: (request, reply) =>
            nodes.dispatch(method, (request.params as { id: string }).id, request, reply),
        });
      }
    },
    { prefix: GRAPH_PREFIX },
  );
}
