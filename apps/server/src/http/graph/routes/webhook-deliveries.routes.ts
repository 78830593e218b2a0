import { GraphWebhookReplayBody, WebhookDeliveryState } from '@parley/contracts';
import { PlatformError, unknownObject, type WebhookDelivery } from '@parley/core';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { graphPrincipalOf } from '../graph-auth.js';
import type { GraphContext } from '../graph-context.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, graphPage } from '../graph-paging.js';

const tags = ['Graph: webhooks'];
const Params = Type.Object({ id: Type.String() });
const BatchParams = Type.Object({ id: Type.String(), batchId: Type.String() });
const ListQuery = Type.Object(
  {
    state: Type.Optional(WebhookDeliveryState),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    after: Type.Optional(Type.String({ maxLength: 512 })),
  },
  { additionalProperties: true },
);
/** Batch ids are the enqueuer's: base36 time and sequence, then base64url. */
const BATCH_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Graph's time format, e.g. `2030-01-01T00:00:00+0000`. */
const graphTime = (ms: number | null): string | null =>
  ms === null ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');

function deliveryView(delivery: WebhookDelivery) {
  return {
    id: delivery.id,
    state: delivery.state,
    attempts: delivery.attempts,
    event_count: delivery.eventCount,
    created_time: graphTime(delivery.createdAt),
    last_status: delivery.lastStatus,
    last_error: delivery.lastError,
    next_attempt_time: delivery.state === 'pending' ? graphTime(delivery.nextAttemptAt) : null,
    delivered_time: graphTime(delivery.deliveredAt),
  };
}

/**
 * Parley's webhook delivery log and replay on the app node (Meta has no API for old webhooks):
 * what went to the app's endpoints, what failed and why, and sending batches again. Management
 * permission, and only the token's own portfolio's apps (`accessApp`).
 */
export function registerWebhookDeliveryRoutes({ graph, parley }: GraphContext): void {
  const { platform, webhooks } = parley;

  const appOf = (request: FastifyRequest) =>
    platform.accessApp(graphPrincipalOf(request), (request.params as { id: string }).id);

  async function batchOf(appId: string, batchId: string) {
    const batch = BATCH_ID.test(batchId) ? await webhooks.delivery(appId, batchId) : undefined;
    if (batch === undefined) throw unknownObject(batchId);
    return batch;
  }

  graph.get(
    '/:id/webhook_deliveries',
    {
      schema: {
        summary: "The app's webhook deliveries, newest first (a Parley extension)",
        tags,
        params: Params,
        querystring: ListQuery,
      },
    },
    async (request) => {
      const app = await appOf(request);
      const { state, limit = DEFAULT_PAGE_SIZE } = request.query;
      const rows = await webhooks.deliveries(app.id, {
        limit: limit + 1,
        before: decodeCursor(request.query.after),
        state,
      });
      return graphPage(request, rows, limit, (row) => row.id, deliveryView);
    },
  );

  graph.get(
    '/:id/webhook_deliveries/:batchId',
    {
      schema: {
        summary: 'One webhook delivery with the exact body it POSTs (a Parley extension)',
        tags,
        params: BatchParams,
      },
    },
    async (request) => {
      const app = await appOf(request);
      const batch = await batchOf(app.id, request.params.batchId);
      return {
        ...deliveryView(batch),
        url: batch.url,
        waba_id: batch.wabaId,
        first_attempt_time: graphTime(batch.firstAttemptAt),
        body: batch.body,
      };
    },
  );

  graph.post(
    '/:id/webhook_deliveries/:batchId/replay',
    {
      schema: {
        summary: 'Send a delivered or dead webhook batch again, with a new 7-day window',
        tags,
        params: BatchParams,
      },
    },
    async (request) => {
      const app = await appOf(request);
      await batchOf(app.id, request.params.batchId);
      // A batch still pending is on its way already: nothing to do.
      await webhooks.replay(app.id, request.params.batchId);
      return { success: true };
    },
  );

  graph.post(
    '/:id/webhook_deliveries/replay',
    {
      schema: {
        summary: 'Send again every webhook batch created in [since, until), unix seconds',
        tags,
        params: Params,
        body: GraphWebhookReplayBody,
      },
    },
    async (request) => {
      const app = await appOf(request);
      const since = Number(request.body.since);
      const until = Number(request.body.until);
      if (until <= since) throw new PlatformError(100, 'Param until must be later than since.');
      const replayed = await webhooks.replayRange(app.id, { from: since * 1000, to: until * 1000 });
      return { success: true, replayed };
    },
  );
}
