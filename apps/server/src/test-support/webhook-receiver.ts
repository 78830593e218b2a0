import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../webhooks/webhook-body.js';

export interface ReceivedWebhook {
  readonly body: string;
  readonly headers: IncomingHttpHeaders;
  /** Whether X-Hub-Signature-256 matched the raw bytes under the receiver's secret. */
  readonly signatureOk: boolean;
  /** What the receiver answered. */
  readonly status: number;
}

export interface WebhookReceiver {
  readonly url: string;
  /** Every POST, in arrival order (unless `record: false`). */
  readonly requests: ReceivedWebhook[];
  close(): Promise<void>;
}

/**
 * A webhook receiver as an app would run one: a real HTTP server that checks each signature over
 * the raw bytes. `answer` picks the status per request (1-based count), 200 by default.
 */
export async function startWebhookReceiver(options: {
  secret: string;
  answer?: (count: number, body: string) => number;
  record?: boolean;
  onWebhook?: (webhook: ReceivedWebhook) => void;
  /** Answers the verification GET as contract 5.1 asks when the token matches. */
  verifyToken?: string;
}): Promise<WebhookReceiver> {
  const requests: ReceivedWebhook[] = [];
  let count = 0;
  const server = createServer((request, response) => {
    if (request.method === 'GET') {
      const query = new URL(request.url ?? '/', 'http://receiver').searchParams;
      const ok =
        query.get('hub.mode') === 'subscribe' && query.get('hub.verify_token') === options.verifyToken;
      response
        .writeHead(ok ? 200 : 403, { 'content-type': 'text/plain' })
        .end(ok ? query.get('hub.challenge') : 'no');
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      count += 1;
      const raw = Buffer.concat(chunks);
      const body = raw.toString('utf8');
      const status = options.answer?.(count, body) ?? 200;
      const webhook = {
        body,
        headers: request.headers,
        signatureOk: verifySignature(
          raw,
          request.headers['x-hub-signature-256'] as string | undefined,
          options.secret,
        ),
        status,
      };
      if (options.record !== false) requests.push(webhook);
      options.onWebhook?.(webhook);
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'OK' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One change of a webhook body, read as a receiver reads it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- webhook values are whatever was sent
export type WebhookChange = { field: string; value: any };

/** Every change of every body the receiver got, in arrival order. */
export const changesOf = (receiver: WebhookReceiver): WebhookChange[] =>
  receiver.requests.flatMap((request) =>
    (JSON.parse(request.body) as { entry: { changes: WebhookChange[] }[] }).entry.flatMap(
      (entry) => entry.changes,
    ),
  );
