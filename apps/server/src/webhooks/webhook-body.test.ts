import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeNonAscii, sign, verifySignature, webhookBody } from './webhook-body.js';

test('non-ASCII is escaped as lowercase \\uXXXX, astral characters as their two surrogates', () => {
  assert.equal(webhookBody({ text: 'äöå' }), '{"text":"\\u00e4\\u00f6\\u00e5"}');
  assert.equal(escapeNonAscii('"👍 É"'), '"\\ud83d\\udc4d \\u00c9"');
  const body = webhookBody({ body: 'Привет 你好 👍 "quoted" \n' });
  assert.match(body, /^[\x20-\x7e]*$/);
  assert.deepEqual(JSON.parse(body), { body: 'Привет 你好 👍 "quoted" \n' });
});

test('the signature is HMAC-SHA256 of the escaped bytes (vectors from openssl dgst -hmac)', () => {
  const body = webhookBody({ text: 'äöå' });
  assert.equal(
    sign(body, 'app-secret'),
    'sha256=62c490745b5f5e3a471fde54d033bda9985dd647e635d9bb93e5cc4b9d822cfd',
  );
  const envelope = {
    object: 'whatsapp_business_account',
    entry: [{ id: '1', changes: [{ field: 'messages', value: { body: 'äöå 👍' } }] }],
  };
  assert.equal(
    sign(webhookBody(envelope), 'app-secret'),
    'sha256=52bfa80ab6849dba181ca6e01303d05a443c6a6fb10054dd2d7ae4185e51a61c',
  );
});

test('a receiver verifies the exact bytes and refuses anything else', () => {
  const body = webhookBody({ text: 'äöå' });
  const header = sign(body, 'app-secret');
  assert.equal(verifySignature(Buffer.from(body), header, 'app-secret'), true);
  assert.equal(verifySignature(JSON.stringify({ text: 'äöå' }), header, 'app-secret'), false);
  assert.equal(verifySignature(body, header, 'other-secret'), false);
  assert.equal(verifySignature(body, undefined, 'app-secret'), false);
});
