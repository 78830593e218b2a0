import websocket from '@fastify/websocket';
import { MAX_FRAME_BYTES } from '@parley/contracts';
import { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import type { App } from './app-instance.js';
import type { Logger } from 'pino';
import type { Parley } from '../compose.js';
import { registerGateway } from '../ws/gateway.js';
import { bearerToken } from './authenticate.js';
import { frameworkErrors, registerErrorHandling } from './errors.js';
import { validatorCompiler } from './validators.js';
import { registerChatRoutes } from './routes/chats.routes.js';
import { registerMessageRoutes } from './routes/messages.routes.js';
import { registerMediaRoutes } from './routes/media.routes.js';
import { registerAuthRoutes } from './routes/auth.routes.js';
import { registerDevOutboxRoutes } from './routes/dev-outbox.routes.js';
import { registerProfileRoutes } from './routes/profile.routes.js';
import { registerDeviceRoutes } from './routes/devices.routes.js';
import { registerContactRoutes } from './routes/contacts.routes.js';
import { registerSafetyRoutes } from './routes/safety.routes.js';
import { registerBusinessRoutes } from './routes/business.routes.js';
import { registerBroadcastRoutes } from './routes/broadcasts.routes.js';
import { registerCatalogRoutes } from './routes/catalog.routes.js';
import { registerOrderRoutes } from './routes/orders.routes.js';
import { registerAutoReplyRoutes } from './routes/auto-replies.routes.js';
import { registerLabelRoutes } from './routes/labels.routes.js';
import { registerQuickReplyRoutes } from './routes/quick-replies.routes.js';
import { OPERATOR_PREFIX, registerOperatorRoutes } from './routes/operator.routes.js';
import { registerWebApp } from './web-app.js';
import { registerGraph } from './graph/graph.plugin.js';
import { GRAPH_PREFIX, rewriteGraphUrl } from './graph/graph-url.js';
import { registerOpenApi } from './openapi.js';

export type { App } from './app-instance.js';

/**
 * ws closes a socket (1009) on a payload over this. It sits well above MAX_FRAME_BYTES so that a
 * merely oversized frame reaches the gateway, which refuses it with invalid_frame and keeps the socket.
 */
const MAX_SOCKET_PAYLOAD_BYTES = 16 * MAX_FRAME_BYTES;

/** The HTTP and WebSocket surface of one Parley node. */
export async function buildApp(parley: Parley, logger: Logger): Promise<App> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    // One log line per request would cost more than the request at message rates.
    logController: new LogController({ disableRequestLogging: true }),
    frameworkErrors,
    rewriteUrl: (request) => rewriteGraphUrl(request.url ?? '/'),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  registerErrorHandling(app);
  // Before every route: the OpenAPI document is collected as routes are added.
  await registerOpenApi(app);

  app.decorateRequest('principal', undefined);
  app.decorateRequest('graph', undefined);
  app.addHook('onRequest', async (request) => {
    const token = bearerToken(request);
    // Operator and Graph tokens are not device tokens; those routes check them themselves.
    if (
      token !== undefined &&
      !request.url.startsWith(OPERATOR_PREFIX) &&
      !request.url.startsWith(GRAPH_PREFIX)
    ) {
      request.principal = await parley.accounts.authenticate(token);
    }
  });

  app.get('/healthz', async (_request, reply) => {
    if (!parley.ready()) return reply.status(503).send({ status: 'starting' });
    return { status: 'ok' };
  });

  await app.register(websocket, { options: { maxPayload: MAX_SOCKET_PAYLOAD_BYTES } });
  registerGateway(app, parley);
  registerChatRoutes(app, parley);
  registerMessageRoutes(app, parley);
  registerMediaRoutes(app, parley);
  registerAuthRoutes(app, parley);
  registerDevOutboxRoutes(app, parley);
  registerProfileRoutes(app, parley);
  registerDeviceRoutes(app, parley);
  registerContactRoutes(app, parley);
  registerSafetyRoutes(app, parley);
  registerBusinessRoutes(app, parley);
  registerBroadcastRoutes(app, parley);
  registerCatalogRoutes(app, parley);
  registerOrderRoutes(app, parley);
  registerAutoReplyRoutes(app, parley);
  registerLabelRoutes(app, parley);
  registerQuickReplyRoutes(app, parley);
  registerOperatorRoutes(app, parley);
  await registerGraph(app, parley);
  await registerWebApp(app, parley.config.webDir);
  return app;
}
