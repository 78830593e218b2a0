import type { BrowserContext } from 'playwright-core';
import { signUp } from '../../apps/server/src/test-support/clients.js';

export interface ApiAccount {
  readonly phone: string;
  readonly accountId: string;
  readonly name: string;
  readonly token: string;
  readonly deviceId: string;
}

/**
 * Signs an account up through the API and hands its device to a browser context, as if it had
 * signed in there earlier: for tests whose subject is not the sign-in screens.
 */
export async function signUpInto(
  context: BrowserContext,
  baseUrl: string,
  name: string,
): Promise<ApiAccount> {
  const { client, phone, accountId } = await signUp(baseUrl, { name });
  const { token, deviceId } = client.session;
  await context.addInitScript(
    (session) => {
      if (localStorage.getItem('parley.session') === null) {
        localStorage.setItem('parley.session', JSON.stringify(session));
      }
    },
    { token, accountId, deviceId, phone },
  );
  return { phone, accountId, name, token, deviceId };
}
