import type { Message } from '../messages/index.js';
import { DomainError } from '../shared/errors.js';
import type { Clock } from '../shared/ports.js';
import type { Order, OrderCursor, OrderStatus } from './order.js';
import { assertOrderMove } from './order-status.js';
import type { OrderPage, OrderRepository } from './ports.js';

export interface OrderDeps {
  readonly orders: OrderRepository;
  /** Refuses accounts that are not businesses with not_found. */
  readonly assertBusiness: (accountId: string) => Promise<void>;
  readonly clock: Clock;
}

export const ORDER_PAGE_MAX = 100;

const noSuchOrder = () => new DomainError('not_found', 'No such order');

export function createOrderService(deps: OrderDeps) {
  async function ownOrder(businessId: string, orderId: string): Promise<Order> {
    await deps.assertBusiness(businessId);
    const order = await deps.orders.get(businessId, orderId);
    if (order === undefined) throw noSuchOrder();
    return order;
  }

  return {
    /**
     * Records the order an appended order message placed. Called for every appended message, at
     * least once each; an order the business cannot see (it blocked the customer) is not one.
     */
    async recordFrom(message: Message): Promise<void> {
      if (message.type !== 'order' || message.senderOnly) return;
      const { content } = message;
      await deps.orders.record({
        id: message.id,
        businessId: content.businessId,
        customerId: message.senderId,
        chatId: message.chatId,
        items: content.items,
        currency: content.currency,
        total: content.total,
        note: content.note ?? null,
        status: 'pending',
        createdAt: message.createdAt,
        updatedAt: message.createdAt,
      });
    },

    async list(
      businessId: string,
      query: { status?: OrderStatus; after?: OrderCursor; limit: number },
    ): Promise<OrderPage> {
      await deps.assertBusiness(businessId);
      return deps.orders.list(businessId, { ...query, limit: Math.min(query.limit, ORDER_PAGE_MAX) });
    },

    get: ownOrder,

    /** The customer's or the business's view of one order, for the status on the order bubble. */
    async getAsParty(accountId: string, orderId: string): Promise<Order> {
      const order = await deps.orders.getForParty(accountId, orderId);
      if (order === undefined) throw noSuchOrder();
      return order;
    },

    async setStatus(businessId: string, orderId: string, status: OrderStatus): Promise<Order> {
      const order = await ownOrder(businessId, orderId);
      assertOrderMove(order.status, status);
      const moved = await deps.orders.setStatus(businessId, orderId, order.status, status, deps.clock.now());
      if (moved === undefined) {
        throw new DomainError('conflict', 'The order changed meanwhile: reload it and try again');
      }
      return moved;
    },
  };
}

export type OrderService = ReturnType<typeof createOrderService>;
