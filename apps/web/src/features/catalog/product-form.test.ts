import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moveOnePlace, productBody, productForm } from './product-form';

const filled = { ...productForm(undefined, 'EUR'), name: ' Sourdough ', price: '4.5', salePrice: '3.90' };

test('a filled form becomes a body in minor units, empty extras cleared', () => {
  const result = productBody(filled);
  assert.ok(result.ok);
  assert.equal(result.body.name, 'Sourdough');
  assert.equal(result.body.price, 450);
  assert.equal(result.body.salePrice, 390);
  assert.equal(result.body.link, null);
  assert.equal(result.body.sku, null);
});

test('a currency without decimals refuses them, and uses whole units', () => {
  assert.equal(productBody({ ...filled, currency: 'JPY', salePrice: '' }).ok, false);
  const result = productBody({ ...filled, currency: 'JPY', price: '1500', salePrice: '' });
  assert.ok(result.ok);
  assert.equal(result.body.price, 1500);
});

test('each bad field says what is wrong', () => {
  const result = productBody({ ...filled, name: '  ', price: '4.5', salePrice: '5', link: 'ftp://x' });
  assert.deepEqual(result, {
    ok: false,
    errors: {
      name: 'editor.errors.nameRequired',
      salePrice: 'editor.errors.saleBelow',
      link: 'editor.errors.link',
    },
  });
  assert.deepEqual(productBody({ ...filled, price: 'free' }), {
    ok: false,
    errors: { price: 'editor.errors.price' },
  });
});

test('an item read back into the form shows its prices as decimals', () => {
  const result = productBody(filled);
  assert.ok(result.ok);
  const form = productForm(
    { ...result.body, id: 'p', businessId: 'b', currencyDigits: 2, createdAt: 0, updatedAt: 0 } as never,
    'USD',
  );
  assert.equal(form.price, '4.50');
  assert.equal(form.salePrice, '3.90');
});

test('images move one place, not past either end', () => {
  assert.deepEqual(moveOnePlace(['a', 'b', 'c'], 1, -1), ['b', 'a', 'c']);
  assert.deepEqual(moveOnePlace(['a', 'b', 'c'], 2, 1), ['a', 'b', 'c']);
});
