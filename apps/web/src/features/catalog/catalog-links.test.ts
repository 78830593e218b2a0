import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogLink, linkPhone, productLink } from './catalog-links';
import { catalogPanelSearch, readCatalogPanel } from './catalog-panel';

test('share links carry the business number as digits', () => {
  assert.equal(catalogLink('https://p.example', '+14155550123'), 'https://p.example/c/14155550123');
  assert.equal(
    productLink('https://p.example', 'abc', '+14155550123'),
    'https://p.example/p/abc/14155550123',
  );
});

test("a link's digits become the number, or nothing when they cannot be one", () => {
  assert.equal(linkPhone('14155550123'), '+14155550123');
  assert.equal(linkPhone('0123456'), undefined);
  assert.equal(linkPhone('12ab'), undefined);
  assert.equal(linkPhone('1234567890123456'), undefined);
});

test('the open panel round-trips through the address', () => {
  for (const state of [
    { businessId: 'b1', view: 'catalog' as const },
    { businessId: 'b1', view: 'product' as const, productId: 'p1' },
    { businessId: 'b1', view: 'cart' as const },
  ]) {
    assert.deepEqual(readCatalogPanel(new URLSearchParams(catalogPanelSearch(state))), state);
  }
  assert.equal(readCatalogPanel(new URLSearchParams('')), undefined);
  assert.equal(catalogPanelSearch(undefined), '');
});
