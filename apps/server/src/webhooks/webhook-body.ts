import { createHmac, timingSafeEqual } from 'node:crypto';

const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * Contract 5.2: Graph webhooks escape every non-ASCII code unit as `\uXXXX` in lowercase hex, and
 * receivers verify the signature over those exact bytes. JSON.stringify leaves only string
 * contents non-ASCII, and a `\uXXXX` there means the same character, so escaping the whole text
 * is safe.
 */
export function escapeNonAscii(json: string): string {
  // Most bodies are all ASCII: the native UTF-8 length tells so far faster than any regex.
  if (Buffer.byteLength(json, 'utf8') === json.length) return json;
  return json.replace(NON_ASCII, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The POST body for a value, built once: stringified, then escaped. */
export const webhookBody = (value: unknown): string => escapeNonAscii(JSON.stringify(value));

/** The `X-Hub-Signature-256` header value: `sha256=` and the lowercase hex HMAC of the body. */
export const sign = (body: string, secret: string): string =>
  `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;

/** What a receiver does with the header, in constant time; for tests and the bench. */
export function verifySignature(body: string | Buffer, header: string | undefined, secret: string): boolean {
  if (header === undefined) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
