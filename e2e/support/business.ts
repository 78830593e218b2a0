import type { UpdateBusinessProfileBody } from '@parley/contracts';
import { ParleyClient } from '@parley/sdk';
import { codeFromOutbox, testPhone, wsFactory } from '../../apps/server/src/test-support/clients.js';
import type { StoredSession } from './accounts.js';

/** A business number with its phone's client; its session can be handed to a browser (`signInWith`). */
export interface ApiBusiness extends StoredSession {
  readonly client: ParleyClient;
}

/**
 * Signs a business number up through the API as the Business app does (a "Shop phone"), names it,
 * and fills in its profile when given one.
 */
export async function signUpBusiness(
  baseUrl: string,
  name: string,
  profile?: UpdateBusinessProfileBody,
): Promise<ApiBusiness> {
  const client = new ParleyClient({ baseUrl, socket: wsFactory, autoAck: true });
  const { phone } = await client.requestCode(testPhone());
  const code = await codeFromOutbox(baseUrl, phone);
  await client.verifyCode(phone, code, { name: 'Shop phone', platform: 'node', accountKind: 'business' });
  await client.request('PATCH', '/v1/me', { name });
  if (profile !== undefined) await client.request('PATCH', '/v1/me/business-profile', profile);
  const { token, accountId, deviceId } = client.session;
  return { client, phone, token, accountId, deviceId };
}
