import type { OrderLine } from '../messages/index.js';

export const ORDER_STATUSES = ['pending', 'paid', 'shipped', 'completed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * What the business tracks about an order message. It shares the message's id, so a message
 * delivered twice records one order; lines and prices are the ones the message carries.
 */
export interface Order {
  readonly id: string;
  readonly businessId: string;
  readonly customerId: string;
  readonly chatId: string;
  readonly items: readonly OrderLine[];
  readonly currency: string;
  /** In the currency's minor unit. */
  readonly total: number;
  readonly note: string | null;
  readonly status: OrderStatus;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Where a page of orders ends; the next page starts after it (orders are newest first). */
export interface OrderCursor {
  readonly createdAt: number;
  readonly id: string;
}
