import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../shared/errors.js';
import { CATALOG_LIMITS } from './catalog-limits.js';
import { checkCurrency, currencyDigits } from './currency.js';
import type { ProductFields } from './product.js';
import { checkProduct } from './product-policy.js';

const cake: ProductFields = {
  kind: 'product',
  name: 'Carrot cake',
  description: 'With walnuts',
  imageMediaIds: ['img1'],
  price: 1250,
  salePrice: null,
  currency: 'EUR',
  link: null,
  sku: null,
  availability: 'in_stock',
  hidden: false,
};

const refusedField = (fields: Partial<ProductFields>): unknown => {
  try {
    checkProduct({ ...cake, ...fields });
  } catch (error) {
    assert.ok(error instanceof DomainError);
    assert.equal(error.code, 'invalid_argument');
    return error.details?.field;
  }
  assert.fail(`${JSON.stringify(fields)} was accepted`);
};

test('a product is trimmed, its currency upper-cased and blank SKU and link cleared', () => {
  const checked = checkProduct({
    ...cake,
    name: '  Carrot   cake ',
    description: ' With walnuts\n',
    currency: 'eur',
    sku: '  ',
    link: ' ',
  });
  assert.deepEqual(checked, { ...cake, sku: null, link: null });
});

test('names run from 1 to 200 characters, descriptions up to 5000', () => {
  assert.equal(refusedField({ name: '   ' }), 'name');
  assert.equal(refusedField({ name: 'x'.repeat(CATALOG_LIMITS.name + 1) }), 'name');
  assert.equal(checkProduct({ ...cake, name: '蛋'.repeat(200) }).name.length, 200);
  assert.equal(refusedField({ description: 'x'.repeat(CATALOG_LIMITS.description + 1) }), 'description');
});

test('prices are whole minor units; a sale price is below the price', () => {
  assert.equal(refusedField({ price: 12.5 }), 'price');
  assert.equal(refusedField({ price: -1 }), 'price');
  assert.equal(refusedField({ price: CATALOG_LIMITS.maxPrice + 1 }), 'price');
  assert.equal(refusedField({ salePrice: 1250 }), 'salePrice');
  assert.equal(refusedField({ salePrice: 1.5 }), 'salePrice');
  assert.equal(checkProduct({ ...cake, salePrice: 999 }).salePrice, 999);
  assert.equal(checkProduct({ ...cake, price: 0 }).price, 0);
});

test('at most ten images, none twice', () => {
  const eleven = Array.from({ length: 11 }, (_, i) => `img${i}`);
  assert.equal(refusedField({ imageMediaIds: eleven }), 'imageMediaIds');
  assert.equal(refusedField({ imageMediaIds: ['a', 'a'] }), 'imageMediaIds');
  assert.equal(checkProduct({ ...cake, imageMediaIds: eleven.slice(1) }).imageMediaIds.length, 10);
});

test('links are http or https web addresses', () => {
  assert.equal(
    checkProduct({ ...cake, link: ' https://shop.example/cake ' }).link,
    'https://shop.example/cake',
  );
  assert.equal(refusedField({ link: 'javascript:alert(1)' }), 'link');
  assert.equal(refusedField({ link: 'ftp://shop.example' }), 'link');
  assert.equal(refusedField({ link: 'not a url' }), 'link');
});

test('SKUs are kept trimmed and bounded', () => {
  assert.equal(checkProduct({ ...cake, sku: ' CK-1 ' }).sku, 'CK-1');
  assert.equal(refusedField({ sku: 'x'.repeat(CATALOG_LIMITS.sku + 1) }), 'sku');
});

test('currencies are ISO 4217 codes, with their minor-unit digits', () => {
  assert.equal(checkCurrency('usd'), 'USD');
  for (const bad of ['US', 'EURO', 'XYZ', '€']) {
    assert.throws(() => checkCurrency(bad), DomainError);
  }
  assert.equal(currencyDigits('EUR'), 2);
  assert.equal(currencyDigits('JPY'), 0);
  assert.equal(currencyDigits('BHD'), 3);
});
