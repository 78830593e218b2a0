import { DevOutboxQuery, DevOutboxResponse } from '@parley/contracts';
import { tryNormalizePhone } from '@parley/core';
import type { Parley } from '../../compose.js';
import type { App } from '../app-instance.js';

/**
 * `GET /v1/dev/outbox`: the codes the development sender "sent", newest first, for trying Parley
 * and for tests. Never registered in production: it would let anyone sign in as anyone.
 */
export function registerDevOutboxRoutes(app: App, parley: Parley): void {
  const { devOutbox } = parley;
  if (parley.config.env === 'production' || devOutbox === undefined) return;

  app.get(
    '/v1/dev/outbox',
    { schema: { querystring: DevOutboxQuery, response: { 200: DevOutboxResponse } } },
    async (request) => {
      const { phone } = request.query;
      return {
        messages: devOutbox.recent(phone === undefined ? undefined : (tryNormalizePhone(phone) ?? phone)),
      };
    },
  );
}
