import { startWebhookReceiver } from '../apps/server/src/test-support/webhook-receiver.js';

/**
 * A webhook receiver in a process of its own, as it would be in production, so the bench's
 * server process pays only for sending. Reports its URL, then per POST the updates it held and
 * whether the signature held, to the parent over IPC.
 */
const secret = process.argv[2] ?? '';
const receiver = await startWebhookReceiver({
  secret,
  record: false,
  onWebhook: (webhook) => {
    const envelope = JSON.parse(webhook.body) as {
      entry: { changes: { value: { statuses?: unknown[]; messages?: unknown[] } }[] }[];
    };
    let events = 0;
    for (const entry of envelope.entry) {
      for (const change of entry.changes)
        events += (change.value.statuses ?? change.value.messages ?? [1]).length;
    }
    process.send?.({ events, signatureOk: webhook.signatureOk });
  },
});
process.send?.({ url: receiver.url });
process.on('disconnect', () => void receiver.close().then(() => process.exit(0)));
