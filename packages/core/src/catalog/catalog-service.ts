import type { MediaRecord } from '../media/index.js';
import { DomainError } from '../shared/errors.js';
import type { Clock, IdGenerator } from '../shared/ports.js';
import { CATALOG_LIMITS } from './catalog-limits.js';
import type { Collection, CollectionChange, NewCollection } from './collection.js';
import { checkCollection } from './collection-policy.js';
import type { CollectionRepository, ProductRepository } from './ports.js';
import type { NewProduct, Product, ProductChange, ProductFields } from './product.js';
import { checkProduct } from './product-policy.js';

export interface CatalogDeps {
  readonly products: ProductRepository;
  readonly collections: CollectionRepository;
  /** Refuses accounts that are not businesses with not_found. */
  readonly assertBusiness: (accountId: string) => Promise<void>;
  readonly mediaOf: (mediaId: string) => Promise<MediaRecord | undefined>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/** What customers see of a catalog: visible items only, and collections of visible items. */
export interface PublicCatalog {
  readonly businessId: string;
  /** The currency every visible item is priced in; null when they differ or there are none. */
  readonly currency: string | null;
  readonly products: readonly Product[];
  readonly collections: readonly Collection[];
}

const PRODUCT_DEFAULTS: Omit<ProductFields, 'name' | 'price' | 'currency'> = {
  kind: 'product',
  description: '',
  imageMediaIds: [],
  salePrice: null,
  link: null,
  sku: null,
  availability: 'in_stock',
  hidden: false,
};

const notFound = (what: string) => new DomainError('not_found', `No such ${what}`);

export function createCatalogService(deps: CatalogDeps) {
  /** Product images are image files the business uploaded itself. */
  async function checkImages(businessId: string, mediaIds: readonly string[]): Promise<void> {
    for (const mediaId of mediaIds) {
      const media = await deps.mediaOf(mediaId);
      if (media === undefined || media.ownerAccountId !== businessId) {
        throw new DomainError('not_found', 'No such image: upload it first', { mediaId });
      }
      if (media.kind !== 'image') {
        throw new DomainError('invalid_argument', 'Product pictures are images', { mediaId });
      }
    }
  }

  async function checkSkuFree(businessId: string, sku: string | null, productId?: string): Promise<void> {
    if (sku === null) return;
    const holder = await deps.products.findBySku(businessId, sku);
    if (holder !== undefined && holder.id !== productId) {
      throw new DomainError('conflict', `Another product already has the SKU "${sku}"`, {
        productId: holder.id,
      });
    }
  }

  async function ownProduct(businessId: string, productId: string): Promise<Product> {
    await deps.assertBusiness(businessId);
    const product = await deps.products.get(businessId, productId);
    if (product === undefined) throw notFound('product');
    return product;
  }

  async function ownCollection(businessId: string, collectionId: string): Promise<Collection> {
    await deps.assertBusiness(businessId);
    const collection = await deps.collections.get(businessId, collectionId);
    if (collection === undefined) throw notFound('collection');
    return collection;
  }

  async function catalogIds(businessId: string): Promise<Set<string>> {
    return new Set((await deps.products.list(businessId)).map((p) => p.id));
  }

  return {
    async listProducts(businessId: string): Promise<Product[]> {
      await deps.assertBusiness(businessId);
      return deps.products.list(businessId);
    },

    getProduct: ownProduct,

    async createProduct(businessId: string, input: NewProduct): Promise<Product> {
      await deps.assertBusiness(businessId);
      if ((await deps.products.count(businessId)) >= CATALOG_LIMITS.productsPerBusiness) {
        throw new DomainError(
          'limit_exceeded',
          `A catalog holds at most ${CATALOG_LIMITS.productsPerBusiness} items`,
        );
      }
      const fields = checkProduct({ ...PRODUCT_DEFAULTS, ...input });
      await checkImages(businessId, fields.imageMediaIds);
      await checkSkuFree(businessId, fields.sku);
      const now = deps.clock.now();
      const product: Product = { ...fields, id: deps.ids.next(), businessId, createdAt: now, updatedAt: now };
      await deps.products.create(product);
      return product;
    },

    async updateProduct(businessId: string, productId: string, change: ProductChange): Promise<Product> {
      const current = await ownProduct(businessId, productId);
      const fields = checkProduct({ ...current, ...change });
      await checkImages(businessId, fields.imageMediaIds);
      await checkSkuFree(businessId, fields.sku, productId);
      const product: Product = { ...current, ...fields, updatedAt: deps.clock.now() };
      await deps.products.update(product);
      return product;
    },

    async deleteProduct(businessId: string, productId: string): Promise<void> {
      await deps.assertBusiness(businessId);
      if (!(await deps.products.delete(businessId, productId))) throw notFound('product');
    },

    async listCollections(businessId: string): Promise<Collection[]> {
      await deps.assertBusiness(businessId);
      return deps.collections.list(businessId);
    },

    getCollection: ownCollection,

    async createCollection(businessId: string, input: NewCollection): Promise<Collection> {
      await deps.assertBusiness(businessId);
      if ((await deps.collections.count(businessId)) >= CATALOG_LIMITS.collectionsPerBusiness) {
        throw new DomainError(
          'limit_exceeded',
          `A catalog has at most ${CATALOG_LIMITS.collectionsPerBusiness} collections`,
        );
      }
      const fields = checkCollection(
        { productIds: [], hidden: false, ...input },
        await catalogIds(businessId),
      );
      const now = deps.clock.now();
      const collection: Collection = {
        ...fields,
        id: deps.ids.next(),
        businessId,
        createdAt: now,
        updatedAt: now,
      };
      await deps.collections.put(collection);
      return collection;
    },

    async updateCollection(
      businessId: string,
      collectionId: string,
      change: CollectionChange,
    ): Promise<Collection> {
      const current = await ownCollection(businessId, collectionId);
      const fields = checkCollection({ ...current, ...change }, await catalogIds(businessId));
      const collection: Collection = { ...current, ...fields, updatedAt: deps.clock.now() };
      await deps.collections.put(collection);
      return collection;
    },

    async deleteCollection(businessId: string, collectionId: string): Promise<void> {
      await deps.assertBusiness(businessId);
      if (!(await deps.collections.delete(businessId, collectionId))) throw notFound('collection');
    },

    /** The catalog as any signed-in account browses it. */
    async publicCatalog(businessId: string): Promise<PublicCatalog> {
      await deps.assertBusiness(businessId);
      const products = (await deps.products.list(businessId)).filter((p) => !p.hidden);
      const visible = new Set(products.map((p) => p.id));
      const collections = (await deps.collections.list(businessId))
        .filter((c) => !c.hidden)
        .map((c) => ({ ...c, productIds: c.productIds.filter((id) => visible.has(id)) }));
      const currencies = new Set(products.map((p) => p.currency));
      const currency = currencies.size === 1 ? [...currencies][0]! : null;
      return { businessId, currency, products, collections };
    },

    /** One product, as a shared link or product message opens it; hidden ones only for their owner. */
    async publicProduct(viewerId: string, businessId: string, productId: string): Promise<Product> {
      const product = await ownProduct(businessId, productId);
      if (product.hidden && viewerId !== businessId) throw notFound('product');
      return product;
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
