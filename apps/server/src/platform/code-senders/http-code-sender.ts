import { createHmac } from 'node:crypto';
import type { CodeSender } from '@parley/core';
import { codeText } from './code-text.js';

const TIMEOUT_MS = 10_000;

/**
 * Hands codes to an SMS gateway: `POST {to, code, text}`, signed so the gateway can tell the
 * request is Parley's: `X-Parley-Signature: sha256=<hex HMAC-SHA256 of the body>`.
 */
export class HttpCodeSender implements CodeSender {
  constructor(private readonly target: { readonly url: string; readonly secret: string }) {}

  async send(phone: string, code: string): Promise<void> {
    const body = JSON.stringify({ to: phone, code, text: codeText(code) });
    const signature = createHmac('sha256', this.target.secret).update(body).digest('hex');
    const response = await fetch(this.target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-parley-signature': `sha256=${signature}` },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`The SMS gateway answered ${response.status}`);
  }
}
