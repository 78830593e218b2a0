import type { ProductView } from '@parley/contracts';

/** The most of one item an order may carry (the server's limit). */
export const MAX_QUANTITY = 999;

export interface CartLine {
  readonly productId: string;
  readonly quantity: number;
}

/** A customer's cart at one business, kept in the browser until the order is sent. */
export interface Cart {
  readonly lines: readonly CartLine[];
  readonly note: string;
}

export const EMPTY_CART: Cart = { lines: [], note: '' };

const clamp = (quantity: number) => Math.min(MAX_QUANTITY, Math.max(1, Math.floor(quantity)));

/** Adds to the line of the item, or appends a line; the quantity stays within 1..999. */
export function addToCart(cart: Cart, productId: string, quantity = 1): Cart {
  const line = cart.lines.find((candidate) => candidate.productId === productId);
  if (line === undefined)
    return { ...cart, lines: [...cart.lines, { productId, quantity: clamp(quantity) }] };
  return setQuantity(cart, productId, line.quantity + quantity);
}

export function setQuantity(cart: Cart, productId: string, quantity: number): Cart {
  return {
    ...cart,
    lines: cart.lines.map((line) =>
      line.productId === productId ? { productId, quantity: clamp(quantity) } : line,
    ),
  };
}

export function removeFromCart(cart: Cart, productId: string): Cart {
  return { ...cart, lines: cart.lines.filter((line) => line.productId !== productId) };
}

/** How many pieces the cart holds, as the cart button's badge counts them. */
export function itemCount(cart: Cart): number {
  return cart.lines.reduce((sum, line) => sum + line.quantity, 0);
}

/** What one piece costs: the sale price when there is one. */
export const unitPrice = (product: ProductView): number => product.salePrice ?? product.price;

export interface PricedLine {
  readonly product: ProductView;
  readonly quantity: number;
}

/**
 * The cart's lines whose items the catalog still shows, with their products; items removed or
 * hidden since they were added drop out, as the server would refuse them.
 */
export function pricedLines(cart: Cart, products: readonly ProductView[]): PricedLine[] {
  const byId = new Map(products.map((product) => [product.id, product]));
  return cart.lines.flatMap((line) => {
    const product = byId.get(line.productId);
    return product === undefined ? [] : [{ product, quantity: line.quantity }];
  });
}

/** The total of priced lines in minor units, with their one currency (undefined when empty). */
export function cartTotal(lines: readonly PricedLine[]): { total: number; currency: string | undefined } {
  return {
    total: lines.reduce((sum, line) => sum + unitPrice(line.product) * line.quantity, 0),
    currency: lines[0]?.product.currency,
  };
}

/** Whether the cart's items are priced in more than one currency: an order takes one. */
export function mixedCurrencies(lines: readonly PricedLine[]): boolean {
  return new Set(lines.map((line) => line.product.currency)).size > 1;
}

/** Reads a stored cart, dropping anything that is not one, so a damaged entry cannot break the page. */
export function parseCart(text: string | null): Cart {
  if (text === null) return EMPTY_CART;
  try {
    const value = JSON.parse(text) as { lines?: unknown; note?: unknown };
    const lines = Array.isArray(value.lines)
      ? value.lines.flatMap((line: { productId?: unknown; quantity?: unknown }) =>
          typeof line?.productId === 'string' && typeof line.quantity === 'number' && line.quantity >= 1
            ? [{ productId: line.productId, quantity: clamp(line.quantity) }]
            : [],
        )
      : [];
    return { lines, note: typeof value.note === 'string' ? value.note : '' };
  } catch {
    return EMPTY_CART;
  }
}
