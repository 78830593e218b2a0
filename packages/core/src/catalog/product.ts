/** Whether a customer can order the item now; out-of-stock items stay in the catalog, greyed out. */
export type Availability = 'in_stock' | 'out_of_stock';

/** A catalog sells goods and services alike; the app labels them differently. */
export type ProductKind = 'product' | 'service';

/** One item in a business's catalog. Prices are integers in the currency's minor unit (cents). */
export interface Product {
  readonly id: string;
  readonly businessId: string;
  readonly kind: ProductKind;
  readonly name: string;
  /** Empty when not given. */
  readonly description: string;
  /** Uploaded image media owned by the business, in display order; the first is the cover. */
  readonly imageMediaIds: readonly string[];
  readonly price: number;
  /** A reduced price shown beside the struck-through price; orders use it when set. */
  readonly salePrice: number | null;
  /** ISO 4217, upper case. */
  readonly currency: string;
  /** Where the business sells it on its own website. */
  readonly link: string | null;
  /** The business's own stock-keeping code, unique within its catalog. */
  readonly sku: string | null;
  readonly availability: Availability;
  /** Hidden items are kept for the business but shown to nobody else and cannot be ordered. */
  readonly hidden: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** What a business writes; the server owns ids and times. */
export type ProductFields = Omit<Product, 'id' | 'businessId' | 'createdAt' | 'updatedAt'>;

export type NewProduct = Pick<ProductFields, 'name' | 'price' | 'currency'> & Partial<ProductFields>;

export type ProductChange = Partial<ProductFields>;

/** The price a customer pays for one unit. */
export const unitPriceOf = (product: Product): number => product.salePrice ?? product.price;
