import assert from 'node:assert/strict';
import { test } from 'node:test';
import { centredSquare, LOGO_MAX_PIXELS } from './square-crop';

test('a wide or tall image gives its centred square', () => {
  assert.deepEqual(centredSquare(400, 200), { sourceX: 100, sourceY: 0, sourceSide: 200, side: 200 });
  assert.deepEqual(centredSquare(300, 501), { sourceX: 0, sourceY: 100, sourceSide: 300, side: 300 });
});

test('a large image is scaled down to the logo size', () => {
  const crop = centredSquare(3000, 2000);
  assert.equal(crop?.sourceSide, 2000);
  assert.equal(crop?.side, LOGO_MAX_PIXELS);
});

test('an image smaller than 192 pixels on a side is not a logo', () => {
  assert.equal(centredSquare(191, 500), undefined);
  assert.equal(centredSquare(500, 100), undefined);
  assert.equal(centredSquare(Number.NaN, 500), undefined);
  assert.notEqual(centredSquare(192, 192), undefined);
});
