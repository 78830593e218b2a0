import type { OrderStatus } from '@parley/contracts';

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'pending',
  'paid',
  'shipped',
  'completed',
  'cancelled',
];

/** The steps the server allows from each status; the last two are final. */
const NEXT: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending: ['paid', 'cancelled'],
  paid: ['shipped', 'cancelled'],
  shipped: ['completed'],
  completed: [],
  cancelled: [],
};

export function nextStatuses(status: OrderStatus): readonly OrderStatus[] {
  return NEXT[status];
}

/** Whether an order can still change, so its bubble keeps asking for news. */
export function isOpen(status: OrderStatus): boolean {
  return NEXT[status].length > 0;
}
