import type { CatalogView, CollectionView, OrderView, ProductView } from '@parley/contracts';
import {
  currencyDigits,
  type Collection,
  type Order,
  type OrderCursor,
  type Product,
  type PublicCatalog,
} from '@parley/core';

export function productView(product: Product): ProductView {
  return {
    id: product.id,
    businessId: product.businessId,
    kind: product.kind,
    name: product.name,
    description: product.description,
    imageMediaIds: [...product.imageMediaIds],
    price: product.price,
    salePrice: product.salePrice,
    currency: product.currency,
    currencyDigits: currencyDigits(product.currency),
    link: product.link,
    sku: product.sku,
    availability: product.availability,
    hidden: product.hidden,
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
  };
}

export function collectionView(collection: Collection): CollectionView {
  return {
    id: collection.id,
    businessId: collection.businessId,
    name: collection.name,
    productIds: [...collection.productIds],
    hidden: collection.hidden,
    createdAt: collection.createdAt,
    updatedAt: collection.updatedAt,
  };
}

export function catalogView(catalog: PublicCatalog): CatalogView {
  return {
    businessId: catalog.businessId,
    currency: catalog.currency,
    products: catalog.products.map(productView),
    collections: catalog.collections.map(collectionView),
  };
}

export function orderView(order: Order): OrderView {
  return {
    id: order.id,
    businessId: order.businessId,
    customerId: order.customerId,
    chatId: order.chatId,
    items: order.items.map((line) => ({ ...line })),
    currency: order.currency,
    currencyDigits: currencyDigits(order.currency),
    total: order.total,
    note: order.note,
    status: order.status,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
  };
}

/** Cursors are "createdAt.id": ids never contain a dot. The query schema checks the shape. */
export const cursorText = (cursor: OrderCursor): string => `${cursor.createdAt}.${cursor.id}`;

export function parseCursor(text: string): OrderCursor {
  const dot = text.indexOf('.');
  return { createdAt: Number(text.slice(0, dot)), id: text.slice(dot + 1) };
}
