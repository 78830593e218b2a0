import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CATALOG_LIMITS } from '@parley/core';
import { assertRefused, call } from '../../test-support/accounts-api.js';
import { addProduct, signIn, upload, type Session } from '../../test-support/catalog-api.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

describe('catalog', () => {
  let server: TestServer;
  let url: string;
  let shop: Session;
  let rival: Session;
  let person: Session;
  before(async () => {
    server = await startTestServer();
    url = server.url;
    shop = await signIn(url, 701, 'business');
    rival = await signIn(url, 702, 'business');
    person = await signIn(url, 703);
  });
  after(() => server.close());

  const as = (session: Session) => ({
    get: (path: string) => call(url, 'GET', path, { token: session.token }),
    post: (path: string, body: unknown) => call(url, 'POST', path, { token: session.token, body }),
    patch: (path: string, body: unknown) => call(url, 'PATCH', path, { token: session.token, body }),
    delete: (path: string) => call(url, 'DELETE', path, { token: session.token }),
  });

  test('a product keeps every field, priced in minor units, with its currency digits', async () => {
    const images = [await upload(url, shop.token), await upload(url, shop.token)];
    const created = await as(shop).post('/v1/business/products', {
      kind: 'service',
      name: '  Haircut   and dry ',
      description: 'Wash, cut and blow-dry',
      imageMediaIds: images,
      price: 3500,
      salePrice: 2900,
      currency: 'eur',
      link: 'https://salon.example/cut',
      sku: 'CUT-1',
      availability: 'in_stock',
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.businessId, shop.account.id);
    assert.equal(created.body.name, 'Haircut and dry');
    assert.equal(created.body.currency, 'EUR');
    assert.equal(created.body.currencyDigits, 2);
    assert.deepEqual(created.body.imageMediaIds, images);
    assert.equal(created.body.hidden, false);
    const read = await as(shop).get(`/v1/business/products/${created.body.id}`);
    assert.deepEqual(read.body, created.body);
    const listed = await as(shop).get('/v1/business/products');
    assert.ok(listed.body.products.some((p: { id: string }) => p.id === created.body.id));
    const yen = await as(shop).post('/v1/business/products', { name: 'Mochi', price: 300, currency: 'JPY' });
    assert.equal(yen.body.currencyDigits, 0);
    assert.equal(yen.body.kind, 'product');
    assert.equal(yen.body.availability, 'in_stock');
  });

  test('bad products are refused', async () => {
    const bad = async (body: Record<string, unknown>, status = 400, code = 'invalid_argument') =>
      assertRefused(
        await as(shop).post('/v1/business/products', { name: 'Tea', price: 300, currency: 'EUR', ...body }),
        status,
        code,
      );
    await bad({ salePrice: 300 });
    await bad({ currency: 'EURO' });
    await bad({ currency: 'XQQ' });
    await bad({ price: 1.5 });
    await bad({ price: -1 });
    await bad({ link: 'javascript:alert(1)' });
    await bad({ name: 'x'.repeat(201) });
    await bad({ name: '   ' });
    await bad({ description: 'x'.repeat(5001) });
    await bad({ unknown: true });
    await bad({ name: 'Nul\u0000' });
    await bad({ imageMediaIds: Array.from({ length: 11 }, (_, i) => `img${i}`) });
    await bad({ imageMediaIds: ['never-uploaded'] }, 404, 'not_found');
    await bad({ imageMediaIds: [await upload(url, rival.token)] }, 404, 'not_found');
    await bad({
      imageMediaIds: [await upload(url, shop.token, 'text/plain', new TextEncoder().encode('menu'))],
    });
    assertRefused(await as(shop).post('/v1/business/products', { name: 'Tea' }), 400, 'invalid_argument');
  });

  test('a SKU is unique within a business, not across businesses', async () => {
    await addProduct(url, shop.token, { sku: 'TEA-1' });
    assertRefused(
      await as(shop).post('/v1/business/products', {
        name: 'Tea',
        price: 300,
        currency: 'EUR',
        sku: 'TEA-1',
      }),
      409,
      'conflict',
    );
    await addProduct(url, rival.token, { sku: 'TEA-1' });
    const other = await addProduct(url, shop.token, { sku: 'TEA-2' });
    assertRefused(await as(shop).patch(`/v1/business/products/${other}`, { sku: 'TEA-1' }), 409, 'conflict');
  });

  test('changing, clearing and deleting a product', async () => {
    const id = await addProduct(url, shop.token, { salePrice: 200, link: 'http://x.example', sku: 'C-9' });
    const changed = await as(shop).patch(`/v1/business/products/${id}`, {
      name: 'Double espresso',
      salePrice: null,
      link: null,
      sku: '',
      availability: 'out_of_stock',
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.name, 'Double espresso');
    assert.equal(changed.body.salePrice, null);
    assert.equal(changed.body.link, null);
    assert.equal(changed.body.sku, null);
    assert.equal(changed.body.availability, 'out_of_stock');
    assertRefused(
      await as(shop).patch(`/v1/business/products/${id}`, { price: 100, salePrice: 150 }),
      400,
      'invalid_argument',
    );
    assertRefused(await as(shop).patch(`/v1/business/products/${id}`, {}), 400, 'invalid_argument');
    assert.equal((await as(shop).delete(`/v1/business/products/${id}`)).status, 204);
    assertRefused(await as(shop).get(`/v1/business/products/${id}`), 404, 'not_found');
    assertRefused(await as(shop).delete(`/v1/business/products/${id}`), 404, 'not_found');
  });

  test("a business cannot read, change or delete another business's product", async () => {
    const id = await addProduct(url, shop.token);
    assertRefused(await as(rival).get(`/v1/business/products/${id}`), 404, 'not_found');
    assertRefused(await as(rival).patch(`/v1/business/products/${id}`, { price: 1 }), 404, 'not_found');
    assertRefused(await as(rival).delete(`/v1/business/products/${id}`), 404, 'not_found');
    assert.equal((await as(shop).get(`/v1/business/products/${id}`)).body.price, 250);
  });

  test('personal accounts have no catalog to manage', async () => {
    assertRefused(await as(person).get('/v1/business/products'), 404, 'not_found');
    assertRefused(
      await as(person).post('/v1/business/products', { name: 'Tea', price: 300, currency: 'EUR' }),
      404,
      'not_found',
    );
    assertRefused(await as(person).get('/v1/business/collections'), 404, 'not_found');
    assertRefused(await as(person).post('/v1/business/collections', { name: 'Mine' }), 404, 'not_found');
    assertRefused(await as(shop).get(`/v1/accounts/${person.account.id}/catalog`), 404, 'not_found');
    assertRefused(await call(url, 'GET', '/v1/business/products'), 401, 'unauthenticated');
  });

  test('collections keep their order, take only own products, and lose deleted ones', async () => {
    const [a, b, c] = [
      await addProduct(url, shop.token),
      await addProduct(url, shop.token),
      await addProduct(url, shop.token),
    ];
    const created = await as(shop).post('/v1/business/collections', {
      name: ' Coffee ',
      productIds: [c, a, b],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.name, 'Coffee');
    assert.deepEqual(created.body.productIds, [c, a, b]);
    const path = `/v1/business/collections/${created.body.id}`;
    const theirs = await addProduct(url, rival.token);
    assertRefused(await as(shop).patch(path, { productIds: [a, theirs] }), 404, 'not_found');
    assertRefused(await as(shop).patch(path, { productIds: [a, a] }), 400, 'invalid_argument');
    assertRefused(await as(shop).post('/v1/business/collections', { name: '' }), 400, 'invalid_argument');
    assertRefused(
      await as(shop).post('/v1/business/collections', { name: 'x'.repeat(61) }),
      400,
      'invalid_argument',
    );
    const renamed = await as(shop).patch(path, { name: 'Hot drinks', productIds: [b, c] });
    assert.equal(renamed.status, 200);
    assert.deepEqual(renamed.body.productIds, [b, c]);
    await as(shop).delete(`/v1/business/products/${b}`);
    assert.deepEqual((await as(shop).get(path)).body.productIds, [c]);
    assertRefused(await as(rival).get(path), 404, 'not_found');
    assertRefused(await as(rival).patch(path, { name: 'Mine' }), 404, 'not_found');
    assertRefused(await as(rival).delete(path), 404, 'not_found');
    const listed = await as(shop).get('/v1/business/collections');
    assert.ok(listed.body.collections.some((x: { id: string }) => x.id === created.body.id));
    assert.equal((await as(shop).delete(path)).status, 204);
    assertRefused(await as(shop).get(path), 404, 'not_found');
  });

  test('customers browse visible products and collections, and open a product by id', async () => {
    const seller = await signIn(url, 704, 'business');
    const shown = await addProduct(url, seller.token, { name: 'Shown' });
    const hidden = await addProduct(url, seller.token, { name: 'Secret', hidden: true });
    const soldOut = await addProduct(url, seller.token, { name: 'Sold out', availability: 'out_of_stock' });
    const open = await as(seller).post('/v1/business/collections', {
      name: 'All',
      productIds: [hidden, shown, soldOut],
    });
    await as(seller).post('/v1/business/collections', { name: 'Drafts', productIds: [shown], hidden: true });

    const catalog = await as(person).get(`/v1/accounts/${seller.account.id}/catalog`);
    assert.equal(catalog.status, 200, JSON.stringify(catalog.body));
    assert.equal(catalog.body.businessId, seller.account.id);
    assert.equal(catalog.body.currency, 'EUR');
    assert.deepEqual(
      catalog.body.products.map((p: { name: string }) => p.name),
      ['Shown', 'Sold out'],
    );
    assert.deepEqual(
      catalog.body.collections.map((c: { id: string; productIds: string[] }) => [c.id, c.productIds]),
      [[open.body.id, [shown, soldOut]]],
    );

    const product = await as(person).get(`/v1/accounts/${seller.account.id}/products/${shown}`);
    assert.equal(product.status, 200);
    assert.equal(product.body.name, 'Shown');
    assertRefused(
      await as(person).get(`/v1/accounts/${seller.account.id}/products/${hidden}`),
      404,
      'not_found',
    );
    assert.equal((await as(seller).get(`/v1/accounts/${seller.account.id}/products/${hidden}`)).status, 200);
    assertRefused(
      await as(person).get(`/v1/accounts/${shop.account.id}/products/${shown}`),
      404,
      'not_found',
    );
    assertRefused(
      await call(url, 'GET', `/v1/accounts/${seller.account.id}/catalog`),
      401,
      'unauthenticated',
    );

    await addProduct(url, seller.token, { name: 'Imported', currency: 'USD' });
    assert.equal((await as(person).get(`/v1/accounts/${seller.account.id}/catalog`)).body.currency, null);
  });

  test(`a catalog holds at most ${CATALOG_LIMITS.productsPerBusiness} items and ${CATALOG_LIMITS.collectionsPerBusiness} collections`, async () => {
    const big = await signIn(url, 705, 'business');
    for (let made = 0; made < CATALOG_LIMITS.productsPerBusiness; made += 50) {
      await Promise.all(Array.from({ length: 50 }, () => addProduct(url, big.token)));
    }
    assertRefused(
      await as(big).post('/v1/business/products', { name: 'One more', price: 1, currency: 'EUR' }),
      422,
      'limit_exceeded',
    );
    await Promise.all(
      Array.from({ length: CATALOG_LIMITS.collectionsPerBusiness }, (_, i) =>
        as(big).post('/v1/business/collections', { name: `C${i}` }),
      ),
    );
    assertRefused(
      await as(big).post('/v1/business/collections', { name: 'One more' }),
      422,
      'limit_exceeded',
    );
  });
});
