import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prefilledText, qrFileName, shortLinkPhone, shortLinkUrl } from './short-link';

test('a link names a number by its international digits', () => {
  assert.equal(shortLinkPhone('4915112345678'), '+4915112345678');
  assert.equal(shortLinkPhone('+14155550100'), '+14155550100');
});

test('anything else in the path is no number', () => {
  for (const path of ['', 'abc', '49-151-123', '1234567', '1234567890123456', '+', '49151 12345678']) {
    assert.equal(shortLinkPhone(path), null, path);
  }
});

test('an account’s link carries its number’s digits only', () => {
  assert.equal(
    shortLinkUrl('https://chat.example', '+49 151 12345678'),
    'https://chat.example/l/4915112345678',
  );
});

test('the link’s text wins; without one the business’s default message is prefilled', () => {
  assert.equal(prefilledText('Hello', 'Hi, I saw your shop'), 'Hello');
  assert.equal(prefilledText(null, 'Hi, I saw your shop'), 'Hi, I saw your shop');
  assert.equal(prefilledText('  ', 'Hi, I saw your shop'), 'Hi, I saw your shop');
  assert.equal(prefilledText(null, undefined), '');
});

test('QR downloads are named after the number, with the format’s extension', () => {
  assert.equal(qrFileName('+4915112345678', 'png'), 'parley-4915112345678-qr.png');
  assert.equal(qrFileName('+4915112345678', 'svg'), 'parley-4915112345678-qr.svg');
});
