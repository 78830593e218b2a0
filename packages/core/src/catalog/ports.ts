import type { Collection } from './collection.js';
import type { Order, OrderCursor, OrderStatus } from './order.js';
import type { Product } from './product.js';

export interface ProductRepository {
  /** The business's products, oldest first (the order they were added in). */
  list(businessId: string): Promise<Product[]>;
  get(businessId: string, productId: string): Promise<Product | undefined>;
  /** The business's products among `productIds`; others' and unknown ids are left out. */
  getMany(businessId: string, productIds: readonly string[]): Promise<Product[]>;
  count(businessId: string): Promise<number>;
  /** The business's product with this SKU, if any. */
  findBySku(businessId: string, sku: string): Promise<Product | undefined>;
  /** Refuses a SKU the business already uses with a conflict. */
  create(product: Product): Promise<void>;
  /** Replaces a stored product; refuses a SKU the business already uses with a conflict. */
  update(product: Product): Promise<void>;
  /** Deletes the product and drops it from the business's collections, in one transaction. */
  delete(businessId: string, productId: string): Promise<boolean>;
}

export interface CollectionRepository {
  /** Oldest first. */
  list(businessId: string): Promise<Collection[]>;
  get(businessId: string, collectionId: string): Promise<Collection | undefined>;
  count(businessId: string): Promise<number>;
  /** Inserts or replaces the collection. */
  put(collection: Collection): Promise<void>;
  delete(businessId: string, collectionId: string): Promise<boolean>;
}

export interface OrderPage {
  readonly orders: Order[];
  /** Where the next page starts; null on the last page. */
  readonly next: OrderCursor | null;
}

export interface OrderRepository {
  /** Stores an order once: recording the same id again changes nothing (events come at least once). */
  record(order: Order): Promise<void>;
  get(businessId: string, orderId: string): Promise<Order | undefined>;
  /** An order the account placed or received; undefined for anyone else's. */
  getForParty(accountId: string, orderId: string): Promise<Order | undefined>;
  /** Newest first, optionally of one status, after a cursor. */
  list(
    businessId: string,
    query: { status?: OrderStatus; after?: OrderCursor; limit: number },
  ): Promise<OrderPage>;
  /**
   * Moves an order from one status to another only if it still has `from`, so two concurrent
   * changes cannot both apply; resolves with the updated order, or undefined when it had moved.
   */
  setStatus(
    businessId: string,
    orderId: string,
    from: OrderStatus,
    to: OrderStatus,
    at: number,
  ): Promise<Order | undefined>;
}
