import { OrderListQuery, OrderListView, OrderParams, OrderView, UpdateOrderBody } from '@parley/contracts';
import type { Parley } from '../../compose.js';
import { cursorText, orderView, parseCursor } from '../../catalog-views.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';

const DEFAULT_PAGE = 50;

/** Orders placed by order messages: the business's list and status, and either party's view. */
export function registerOrderRoutes(app: App, parley: Parley): void {
  const { orders } = parley;

  app.get(
    '/v1/business/orders',
    { schema: { querystring: OrderListQuery, response: { 200: OrderListView } } },
    async (request) => {
      const { status, cursor, limit = DEFAULT_PAGE } = request.query;
      const page = await orders.list(principalOf(request).accountId, {
        limit,
        ...(status === undefined ? {} : { status }),
        ...(cursor === undefined ? {} : { after: parseCursor(cursor) }),
      });
      return {
        orders: page.orders.map(orderView),
        nextCursor: page.next === null ? null : cursorText(page.next),
      };
    },
  );

  app.get(
    '/v1/business/orders/:orderId',
    { schema: { params: OrderParams, response: { 200: OrderView } } },
    async (request) => orderView(await orders.get(principalOf(request).accountId, request.params.orderId)),
  );

  app.patch(
    '/v1/business/orders/:orderId',
    { schema: { params: OrderParams, body: UpdateOrderBody, response: { 200: OrderView } } },
    async (request) => {
      const { accountId } = principalOf(request);
      return orderView(await orders.setStatus(accountId, request.params.orderId, request.body.status));
    },
  );

  app.get(
    '/v1/orders/:orderId',
    { schema: { params: OrderParams, response: { 200: OrderView } } },
    async (request) =>
      orderView(await orders.getAsParty(principalOf(request).accountId, request.params.orderId)),
  );
}
