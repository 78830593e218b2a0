import assert from 'node:assert/strict';
import sharp from 'sharp';
import { call, codeLogin, phone } from './accounts-api.js';

export interface Session {
  readonly token: string;
  readonly account: { readonly id: string };
}

/** Signs in a new account of a kind on a fiction number. */
export const signIn = (
  url: string,
  n: number,
  kind: 'personal' | 'business' = 'personal',
): Promise<Session> => codeLogin(url, phone(n), 'Test phone', kind);

/** Uploads a small PNG (or any bytes of a type) and resolves with its media id. */
export async function upload(
  url: string,
  token: string,
  type = 'image/png',
  bytes?: Uint8Array,
): Promise<string> {
  const png = () =>
    sharp({ create: { width: 32, height: 32, channels: 3, background: '#3a7' } })
      .png()
      .toBuffer();
  const reply = await fetch(`${url}/v1/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    body: new Uint8Array(bytes ?? (await png())),
  });
  assert.equal(reply.status, 201, await reply.clone().text());
  return ((await reply.json()) as { id: string }).id;
}

/** Creates a product in the signed-in business's catalog and resolves with its id. */
export async function addProduct(url: string, token: string, fields: Record<string, unknown> = {}) {
  const reply = await call(url, 'POST', '/v1/business/products', {
    token,
    body: { name: 'Espresso', price: 250, currency: 'EUR', ...fields },
  });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body.id as string;
}
