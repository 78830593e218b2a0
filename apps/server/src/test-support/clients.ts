import { ParleyClient, type MessageView, type Receipt } from '@parley/sdk';
import WebSocket from 'ws';
import type { SocketLike } from '@parley/sdk';

let nextNumber = 0;

/** A fresh valid (German mobile) number for each call, distinct across test processes. */
export function testPhone(): string {
  nextNumber += 1;
  const process4 = String(process.pid % 10_000).padStart(4, '0');
  return `+49 151 ${process4}${String(nextNumber % 10_000).padStart(4, '0')}`;
}

export const wsFactory = (url: string): SocketLike => new WebSocket(url) as unknown as SocketLike;

/** Signs a new account up by code, reading the code from the development outbox. */
export async function signUp(
  baseUrl: string,
  options: { phone?: string; autoAck?: boolean; name?: string } = {},
) {
  const phone = options.phone ?? testPhone();
  const client = new ParleyClient({ baseUrl, socket: wsFactory, autoAck: options.autoAck ?? true });
  const { phone: e164 } = await client.requestCode(phone);
  const code = await codeFromOutbox(baseUrl, e164);
  await client.verifyCode(e164, code, { name: 'test', platform: 'node' });
  if (options.name !== undefined) await client.request('PATCH', '/v1/me', { name: options.name });
  return { client, phone: e164, accountId: client.session.accountId };
}

export async function codeFromOutbox(baseUrl: string, phone: string): Promise<string> {
  const response = await fetch(`${baseUrl}/v1/dev/outbox?phone=${encodeURIComponent(phone)}`);
  const { messages } = (await response.json()) as { messages: { code: string }[] };
  const code = messages[0]?.code;
  if (code === undefined) throw new Error(`no code in the outbox for ${phone}`);
  return code;
}

/** Collects what a connection receives, and waits for conditions on it. */
export class Inbox {
  readonly messages: MessageView[] = [];
  readonly receipts: Receipt[] = [];

  constructor(client: ParleyClient) {
    client.realtime.on('message', (m) => this.messages.push(m));
    client.realtime.on('receipt', (r) => this.receipts.push(r));
  }

  texts(chatId?: string): string[] {
    return this.messages
      .filter((m) => (chatId === undefined || m.chatId === chatId) && m.type === 'text')
      .map((m) => (m.content as { body: string }).body);
  }

  /** The latest watermark the inbox saw for an account in a chat. */
  watermark(chatId: string, accountId: string): { deliveredSeq: number; readSeq: number } {
    let deliveredSeq = 0;
    let readSeq = 0;
    for (const r of this.receipts) {
      if (r.chatId !== chatId || r.accountId !== accountId) continue;
      deliveredSeq = Math.max(deliveredSeq, r.deliveredSeq);
      readSeq = Math.max(readSeq, r.readSeq);
    }
    return { deliveredSeq, readSeq };
  }
}

/** Polls until `check` holds, failing after `timeoutMs` with what it last saw. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
