import assert from 'node:assert/strict';
import type { Permission, PERMISSIONS } from '@parley/core';
import type { Parley } from '../compose.js';
import type { Reply } from './accounts-api.js';

let nextPhone = 0;
/** Numbers in a fictional range no other test helper uses. */
const platformPhone = () => `+1202555${String(1000 + (nextPhone++ % 9000)).padStart(4, '0')}`;

export interface GraphTenant {
  readonly portfolioId: string;
  readonly wabaId: string;
  readonly phoneNumberId: string;
  readonly accountId: string;
  readonly phone: string;
  readonly appId: string;
  readonly appSecret: string;
  readonly token: string;
}

/**
 * A business on the platform, made through the platform service as the sandbox makes it: a
 * portfolio, a WABA, one registered number, an app subscribed to the WABA and a system-user token.
 */
export async function createGraphTenant(
  parley: Parley,
  options: { name?: string; phone?: string; permissions?: readonly Permission[] } = {},
): Promise<GraphTenant> {
  const { platform } = parley;
  const name = options.name ?? 'Acme Shop';
  const portfolio = await platform.createPortfolio(name);
  const waba = await platform.createWaba(portfolio.id, `${name} WABA`);
  const number = await platform.addNumber(waba.id, options.phone ?? platformPhone(), name);
  await platform.updateNumber(number.id, { registeredAt: parley.clock.now() });
  const app = await platform.createApp(portfolio.id, `${name} app`);
  await platform.subscribeApp(waba.id, app.id);
  const user = await platform.createSystemUser(portfolio.id, 'ci');
  const all: typeof PERMISSIONS = ['whatsapp_business_messaging', 'whatsapp_business_management'];
  const { token } = await platform.issueToken(user, {
    permissions: options.permissions ?? all,
    wabaIds: [waba.id],
  });
  return {
    portfolioId: portfolio.id,
    wabaId: waba.id,
    phoneNumberId: number.id,
    accountId: number.accountId,
    phone: number.phone,
    appId: app.id,
    appSecret: app.secret,
    token,
  };
}

/** Asserts a refusal in the Graph envelope. */
export function assertGraphError(reply: Reply, status: number, code: number, subcode?: number): void {
  const context = JSON.stringify(reply.body);
  assert.equal(reply.status, status, context);
  assert.equal(reply.body?.error?.code, code, context);
  if (subcode !== undefined) assert.equal(reply.body.error.error_subcode, subcode, context);
  assert.match(reply.body.error.message, new RegExp(`^\\(#${code}\\) `), context);
  assert.equal(typeof reply.body.error.fbtrace_id, 'string', context);
  assert.equal(typeof reply.body.error.type, 'string', context);
}
