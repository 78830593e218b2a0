import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable, PlainText, Strict, Timestamp } from '../common.js';

/** Integer minor units of the currency (cents for EUR, yen for JPY). */
const Price = Type.Integer({ minimum: 0, maximum: 10_000_000_000, description: 'Minor units' });
const Currency = Type.String({ pattern: '^[A-Za-z]{3}$', description: 'ISO 4217 code' });
const ProductKind = Type.Union([Type.Literal('product'), Type.Literal('service')]);
const Availability = Type.Union([Type.Literal('in_stock'), Type.Literal('out_of_stock')]);

export const OrderStatus = Type.Union([
  Type.Literal('pending'),
  Type.Literal('paid'),
  Type.Literal('shipped'),
  Type.Literal('completed'),
  Type.Literal('cancelled'),
]);
export type OrderStatus = Static<typeof OrderStatus>;

export const ProductParams = Type.Object({ productId: Id });
export const CollectionParams = Type.Object({ collectionId: Id });
export const OrderParams = Type.Object({ orderId: Id });
export const AccountProductParams = Type.Object({ accountId: Id, productId: Id });

export const ProductView = Type.Object({
  id: Id,
  businessId: Id,
  kind: ProductKind,
  name: Type.String(),
  description: Type.String(),
  /** Image media ids in display order; the first is the cover. */
  imageMediaIds: Type.Array(Id),
  price: Type.Integer(),
  /** Shown beside the struck-through price, and charged when set. */
  salePrice: Nullable(Type.Integer()),
  currency: Type.String(),
  /** Digits of the currency's minor unit, to show 1250 EUR as 12.50. */
  currencyDigits: Type.Integer({ minimum: 0 }),
  link: Nullable(Type.String()),
  sku: Nullable(Type.String()),
  availability: Availability,
  hidden: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProductView = Static<typeof ProductView>;

const ProductFields = {
  kind: ProductKind,
  name: PlainText({ minLength: 1, maxLength: 200 }),
  description: PlainText({ maxLength: 5000 }),
  imageMediaIds: Type.Array(Id, { maxItems: 10 }),
  price: Price,
  salePrice: Nullable(Price),
  currency: Currency,
  /** An http(s) address; null or empty clears it. */
  link: Nullable(PlainText({ maxLength: 2000 })),
  /** Unique within the business's catalog; null or empty clears it. */
  sku: Nullable(PlainText({ maxLength: 100 })),
  availability: Availability,
  hidden: Type.Boolean(),
};

export const CreateProductBody = Type.Object(
  {
    name: ProductFields.name,
    price: ProductFields.price,
    currency: ProductFields.currency,
    kind: Type.Optional(ProductFields.kind),
    description: Type.Optional(ProductFields.description),
    imageMediaIds: Type.Optional(ProductFields.imageMediaIds),
    salePrice: Type.Optional(ProductFields.salePrice),
    link: Type.Optional(ProductFields.link),
    sku: Type.Optional(ProductFields.sku),
    availability: Type.Optional(ProductFields.availability),
    hidden: Type.Optional(ProductFields.hidden),
  },
  Strict,
);
export type CreateProductBody = Static<typeof CreateProductBody>;

export const UpdateProductBody = Type.Partial(Type.Object(ProductFields, Strict), {
  ...Strict,
  minProperties: 1,
});
export type UpdateProductBody = Static<typeof UpdateProductBody>;

export const ProductListView = Type.Object({ products: Type.Array(ProductView) });

export const CollectionView = Type.Object({
  id: Id,
  businessId: Id,
  name: Type.String(),
  /** In display order. */
  productIds: Type.Array(Id),
  hidden: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CollectionView = Static<typeof CollectionView>;

const CollectionFields = {
  name: PlainText({ minLength: 1, maxLength: 60 }),
  productIds: Type.Array(Id, { maxItems: 500 }),
  hidden: Type.Boolean(),
};

export const CreateCollectionBody = Type.Object(
  {
    name: CollectionFields.name,
    productIds: Type.Optional(CollectionFields.productIds),
    hidden: Type.Optional(CollectionFields.hidden),
  },
  Strict,
);

export const UpdateCollectionBody = Type.Partial(Type.Object(CollectionFields, Strict), {
  ...Strict,
  minProperties: 1,
});

export const CollectionListView = Type.Object({ collections: Type.Array(CollectionView) });

/** A catalog as customers browse it: visible items, and collections of visible items only. */
export const CatalogView = Type.Object({
  businessId: Id,
  /** The currency every visible item is priced in; null when they differ or there are none. */
  currency: Nullable(Type.String()),
  products: Type.Array(ProductView),
  collections: Type.Array(CollectionView),
});
export type CatalogView = Static<typeof CatalogView>;

/** One line of an order, named and priced from the catalog when it was sent. */
export const OrderLineView = Type.Object({
  productId: Id,
  name: Type.String(),
  quantity: Type.Integer({ minimum: 1 }),
  unitPrice: Type.Integer({ minimum: 0 }),
});

/** The content of a stored `order` message. */
export const OrderContentView = Type.Object({
  businessId: Id,
  items: Type.Array(OrderLineView),
  currency: Type.String(),
  total: Type.Integer({ minimum: 0 }),
  note: Type.Optional(Type.String()),
});
export type OrderContentView = Static<typeof OrderContentView>;

export const OrderView = Type.Object({
  /** The order message's id. */
  id: Id,
  businessId: Id,
  customerId: Id,
  chatId: Id,
  items: Type.Array(OrderLineView),
  currency: Type.String(),
  currencyDigits: Type.Integer({ minimum: 0 }),
  total: Type.Integer({ minimum: 0 }),
  note: Nullable(Type.String()),
  status: OrderStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type OrderView = Static<typeof OrderView>;

export const OrderListQuery = Type.Object(
  {
    status: Type.Optional(OrderStatus),
    /** The `nextCursor` of the previous page. */
    cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,16}\\.[A-Za-z0-9_-]{1,64}$' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  Strict,
);

export const OrderListView = Type.Object({
  orders: Type.Array(OrderView),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: Nullable(Type.String()),
});
export type OrderListView = Static<typeof OrderListView>;

export const UpdateOrderBody = Type.Object({ status: OrderStatus }, Strict);
