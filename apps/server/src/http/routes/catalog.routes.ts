import {
  AccountIdParams,
  AccountProductParams,
  CatalogView,
  CollectionListView,
  CollectionParams,
  CollectionView,
  CreateCollectionBody,
  CreateProductBody,
  ProductListView,
  ProductParams,
  ProductView,
  UpdateCollectionBody,
  UpdateProductBody,
} from '@parley/contracts';
import type { Parley } from '../../compose.js';
import { catalogView, collectionView, productView } from '../../catalog-views.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';

/** The business's catalog management, and the catalog as customers browse it. */
export function registerCatalogRoutes(app: App, parley: Parley): void {
  const { catalog } = parley;
  const businessOf = (request: Parameters<typeof principalOf>[0]) => principalOf(request).accountId;

  app.get('/v1/business/products', { schema: { response: { 200: ProductListView } } }, async (request) => ({
    products: (await catalog.listProducts(businessOf(request))).map(productView),
  }));

  app.post(
    '/v1/business/products',
    { schema: { body: CreateProductBody, response: { 201: ProductView } } },
    async (request, reply) => {
      const product = await catalog.createProduct(businessOf(request), request.body);
      return reply.status(201).send(productView(product));
    },
  );

  app.get(
    '/v1/business/products/:productId',
    { schema: { params: ProductParams, response: { 200: ProductView } } },
    async (request) => productView(await catalog.getProduct(businessOf(request), request.params.productId)),
  );

  app.patch(
    '/v1/business/products/:productId',
    { schema: { params: ProductParams, body: UpdateProductBody, response: { 200: ProductView } } },
    async (request) =>
      productView(await catalog.updateProduct(businessOf(request), request.params.productId, request.body)),
  );

  app.delete(
    '/v1/business/products/:productId',
    { schema: { params: ProductParams } },
    async (request, reply) => {
      await catalog.deleteProduct(businessOf(request), request.params.productId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/v1/business/collections',
    { schema: { response: { 200: CollectionListView } } },
    async (request) => ({
      collections: (await catalog.listCollections(businessOf(request))).map(collectionView),
    }),
  );

  app.post(
    '/v1/business/collections',
    { schema: { body: CreateCollectionBody, response: { 201: CollectionView } } },
    async (request, reply) => {
      const collection = await catalog.createCollection(businessOf(request), request.body);
      return reply.status(201).send(collectionView(collection));
    },
  );

  app.get(
    '/v1/business/collections/:collectionId',
    { schema: { params: CollectionParams, response: { 200: CollectionView } } },
    async (request) =>
      collectionView(await catalog.getCollection(businessOf(request), request.params.collectionId)),
  );

  app.patch(
    '/v1/business/collections/:collectionId',
    { schema: { params: CollectionParams, body: UpdateCollectionBody, response: { 200: CollectionView } } },
    async (request) =>
      collectionView(
        await catalog.updateCollection(businessOf(request), request.params.collectionId, request.body),
      ),
  );

  app.delete(
    '/v1/business/collections/:collectionId',
    { schema: { params: CollectionParams } },
    async (request, reply) => {
      await catalog.deleteCollection(businessOf(request), request.params.collectionId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/v1/accounts/:accountId/catalog',
    { schema: { params: AccountIdParams, response: { 200: CatalogView } } },
    async (request) => {
      principalOf(request);
      return catalogView(await catalog.publicCatalog(request.params.accountId));
    },
  );

  app.get(
    '/v1/accounts/:accountId/products/:productId',
    { schema: { params: AccountProductParams, response: { 200: ProductView } } },
    async (request) => {
      const { accountId, productId } = request.params;
      return productView(await catalog.publicProduct(principalOf(request).accountId, accountId, productId));
    },
  );
}
