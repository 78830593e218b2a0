import {
  BroadcastListParams,
  BroadcastListsView,
  BroadcastListView,
  BroadcastParams,
  BroadcastsQuery,
  BroadcastsView,
  BroadcastView,
  ClientContent,
  CreateBroadcastListBody,
  StatisticsQuery,
  StatisticsView,
  UpdateBroadcastListBody,
} from '@parley/contracts';
import type { Parley } from '../../compose.js';
import {
  broadcastListSummaryView,
  broadcastListView,
  broadcastSummaryView,
  broadcastView,
  statisticsView,
} from '../../broadcast-views.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';

const LISTS = '/v1/business/broadcast-lists';

/** Broadcast lists, broadcasts with per-recipient status, and the business's daily statistics. */
export function registerBroadcastRoutes(app: App, parley: Parley): void {
  const { broadcasts, statistics } = parley;

  app.get(LISTS, { schema: { response: { 200: BroadcastListsView } } }, async (request) => ({
    lists: (await broadcasts.lists(principalOf(request).accountId)).map(broadcastListSummaryView),
  }));

  app.post(
    LISTS,
    { schema: { body: CreateBroadcastListBody, response: { 201: BroadcastListView } } },
    async (request, reply) => {
      const list = await broadcasts.create(principalOf(request).accountId, request.body);
      return reply.status(201).send(broadcastListView(list));
    },
  );

  app.get(
    `${LISTS}/:listId`,
    { schema: { params: BroadcastListParams, response: { 200: BroadcastListView } } },
    async (request) =>
      broadcastListView(await broadcasts.get(principalOf(request).accountId, request.params.listId)),
  );

  app.patch(
    `${LISTS}/:listId`,
    {
      schema: {
        params: BroadcastListParams,
        body: UpdateBroadcastListBody,
        response: { 200: BroadcastListView },
      },
    },
    async (request) => {
      const { accountId } = principalOf(request);
      return broadcastListView(await broadcasts.update(accountId, request.params.listId, request.body));
    },
  );

  app.delete(`${LISTS}/:listId`, { schema: { params: BroadcastListParams } }, async (request, reply) => {
    await broadcasts.delete(principalOf(request).accountId, request.params.listId);
    return reply.status(204).send();
  });

  app.post(
    `${LISTS}/:listId/broadcasts`,
    { schema: { params: BroadcastListParams, body: ClientContent, response: { 201: BroadcastView } } },
    async (request, reply) => {
      const { accountId, deviceId } = principalOf(request);
      const report = await broadcasts.send({ accountId, deviceId }, request.params.listId, request.body);
      return reply.status(201).send(broadcastView(report));
    },
  );

  app.get(
    '/v1/business/broadcasts',
    { schema: { querystring: BroadcastsQuery, response: { 200: BroadcastsView } } },
    async (request) => ({
      broadcasts: (await broadcasts.broadcasts(principalOf(request).accountId, request.query)).map(
        broadcastSummaryView,
      ),
    }),
  );

  app.get(
    '/v1/business/broadcasts/:broadcastId',
    { schema: { params: BroadcastParams, response: { 200: BroadcastView } } },
    async (request) =>
      broadcastView(await broadcasts.broadcast(principalOf(request).accountId, request.params.broadcastId)),
  );

  app.get(
    '/v1/business/statistics',
    { schema: { querystring: StatisticsQuery, response: { 200: StatisticsView } } },
    async (request) => statisticsView(await statistics.daily(principalOf(request).accountId, request.query)),
  );
}
