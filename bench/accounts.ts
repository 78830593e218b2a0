import { ParleyClient } from '@parley/sdk';
import { signUp } from '../apps/server/src/test-support/clients.js';
import { progress } from './support.js';

/** Signs up `count` accounts, a few at a time. */
export async function signUpMany(
  baseUrl: string,
  count: number,
  label: string,
): Promise<{ client: ParleyClient; accountId: string }[]> {
  const accounts: { client: ParleyClient; accountId: string }[] = [];
  for (let i = 0; i < count; i += 16) {
    const batch = await Promise.all(Array.from({ length: Math.min(16, count - i) }, () => signUp(baseUrl)));
    accounts.push(...batch);
    progress(label, accounts.length, count);
  }
  return accounts;
}
