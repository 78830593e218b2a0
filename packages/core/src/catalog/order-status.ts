import { DomainError } from '../shared/errors.js';
import type { OrderStatus } from './order.js';

/**
 * The order life cycle: pending → paid → shipped → completed, and cancelled while nothing has
 * shipped yet. Completed and cancelled are final.
 */
const NEXT: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending: ['paid', 'cancelled'],
  paid: ['shipped', 'cancelled'],
  shipped: ['completed'],
  completed: [],
  cancelled: [],
};

export const canMoveOrder = (from: OrderStatus, to: OrderStatus): boolean => NEXT[from].includes(to);

/** Refuses any other move, including staying put, with a conflict that names what is allowed. */
export function assertOrderMove(from: OrderStatus, to: OrderStatus): void {
  if (!canMoveOrder(from, to)) {
    throw new DomainError('conflict', `An order that is ${from} cannot become ${to}`, {
      status: from,
      allowed: [...NEXT[from]],
    });
  }
}
