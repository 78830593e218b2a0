import type { OrderContent, OrderLine, OrderRequestContent } from '../messages/index.js';
import { DomainError } from '../shared/errors.js';
import { ORDER_LIMITS } from './catalog-limits.js';
import { unitPriceOf, type Product } from './product.js';

/**
 * Prices a cart from the business's catalog: what the customer sent says which items and how many,
 * the catalog says what they are called and cost. `products` holds the business's products that
 * the cart names (missing ones are simply absent). One order is paid in one currency.
 */
export function priceOrder(
  request: OrderRequestContent,
  businessId: string,
  products: ReadonlyMap<string, Product>,
): OrderContent {
  const { items } = request;
  if (items.length === 0 || items.length > ORDER_LIMITS.lines) {
    throw new DomainError('invalid_argument', `An order has 1 to ${ORDER_LIMITS.lines} items`);
  }
  if (new Set(items.map((item) => item.productId)).size !== items.length) {
    throw new DomainError('invalid_argument', 'A product appears twice in the order: send its quantity once');
  }
  const lines: OrderLine[] = items.map(({ productId, quantity }) => {
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > ORDER_LIMITS.quantity) {
      throw new DomainError(
        'invalid_argument',
        `A quantity is a whole number from 1 to ${ORDER_LIMITS.quantity}`,
        {
          productId,
        },
      );
    }
    const product = products.get(productId);
    if (product === undefined || product.businessId !== businessId || product.hidden) {
      throw new DomainError('not_found', "No such product in this business's catalog", { productId });
    }
    if (product.availability !== 'in_stock') {
      throw new DomainError('conflict', `"${product.name}" is out of stock`, { productId });
    }
    return { productId, name: product.name, quantity, unitPrice: unitPriceOf(product) };
  });
  const currencies = new Set(items.map((item) => products.get(item.productId)!.currency));
  if (currencies.size > 1) {
    throw new DomainError(
      'invalid_argument',
      'An order is paid in one currency: order these items separately',
      {
        currencies: [...currencies].sort(),
      },
    );
  }
  const note = request.note?.trim() ?? '';
  if ([...note].length > ORDER_LIMITS.note) {
    throw new DomainError('invalid_argument', `A note has at most ${ORDER_LIMITS.note} characters`);
  }
  const total = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  return {
    businessId,
    items: lines,
    currency: [...currencies][0]!,
    total,
    ...(note === '' ? {} : { note }),
  };
}
