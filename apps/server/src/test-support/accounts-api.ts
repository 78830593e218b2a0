import assert from 'node:assert/strict';
import type { Clock } from '@parley/core';

/** A clock the test moves by hand, for codes and links that expire. */
export class ManualClock implements Clock {
  constructor(private time = Date.UTC(2030, 0, 1)) {}

  now(): number {
    return this.time;
  }

  advance(ms: number): void {
    this.time += ms;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever came back
export interface Reply<T = any> {
  readonly status: number;
  readonly body: T;
}

/** One real HTTP call; JSON in, JSON out. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

/** Asserts a refusal in the client API's envelope. */
export function assertRefused(reply: Reply, status: number, code: string): void {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  assert.equal(reply.body?.error?.code, code, JSON.stringify(reply.body));
  assert.equal(typeof reply.body.error.message, 'string');
}

/** `+1 415 555 01xx`-style numbers: valid, and kept for fiction. */
export const phone = (n: number): string => `+1415555${String(n).padStart(4, '0')}`;

export async function latestCode(baseUrl: string, number: string): Promise<string> {
  const reply = await call(baseUrl, 'GET', `/v1/dev/outbox?phone=${encodeURIComponent(number)}`);
  const code = reply.body?.messages?.[0]?.code;
  assert.ok(typeof code === 'string', `no code in the outbox for ${number}`);
  return code;
}

/**
 * Signs in on a number by code, as a phone does; resolves with the verify response. A new number
 * becomes an account of `accountKind`.
 */
export async function codeLogin(
  baseUrl: string,
  number: string,
  deviceName = 'Test phone',
  accountKind: 'personal' | 'business' = 'personal',
): Promise<Reply['body']> {
  const sent = await call(baseUrl, 'POST', '/v1/auth/code', { body: { phone: number } });
  assert.equal(sent.status, 200, JSON.stringify(sent.body));
  const code = await latestCode(baseUrl, number);
  const verified = await call(baseUrl, 'POST', '/v1/auth/verify', {
    body: { phone: number, code, deviceName, platform: 'test', accountKind },
  });
  assert.equal(verified.status, 200, JSON.stringify(verified.body));
  return verified.body;
}
