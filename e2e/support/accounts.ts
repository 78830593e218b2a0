import type { BrowserContext } from 'playwright-core';
import { signUp } from '../../apps/server/src/test-support/clients.js';

export interface ApiAccount {
  readonly phone: string;
  readonly accountId: string;
  readonly name: string;
  readonly token: string;
  readonly deviceId: string;
}

/** A device's session as the web app keeps it in `localStorage`. */
export interface StoredSession {
  readonly token: string;
  readonly accountId: string;
  readonly deviceId: string;
  readonly phone: string;
}

/**
 * Puts a device's session in a browser profile, as if it had signed in there earlier: for tests
 * whose subject is not the sign-in screens. A session the page already holds is kept.
 */
export async function signInWith(context: BrowserContext, session: StoredSession): Promise<void> {
  const { token, accountId, deviceId, phone } = session;
  await context.addInitScript(
    (stored) => {
      if (localStorage.getItem('parley.session') === null) {
        localStorage.setItem('parley.session', JSON.stringify(stored));
      }
    },
    { token, accountId, deviceId, phone },
  );
}

/** Signs an account up through the API and hands its device to a browser context. */
export async function signUpInto(
  context: BrowserContext,
  baseUrl: string,
  name: string,
): Promise<ApiAccount> {
  const { client, phone, accountId } = await signUp(baseUrl, { name });
  const { token, deviceId } = client.session;
  await signInWith(context, { token, accountId, deviceId, phone });
  return { phone, accountId, name, token, deviceId };
}
