import type { MessageView } from '@parley/sdk';
import { signUpMany } from './accounts.js';
import { progress, round, startBenchServer, writeResult } from './support.js';

const MISSED = 10_000;

/** A device that was offline reconnects to 10,000 missed messages: time until it holds them all. */
export async function catchUpBench(): Promise<void> {
  const server = await startBenchServer();
  try {
    const [sender, recipient] = await signUpMany(server.url, 2, 'accounts');
    const chat = await sender!.client.openDirectChat(recipient!.accountId);
    await sender!.client.connect();
    const WINDOW = 200;
    let sent = 0;
    await Promise.all(
      Array.from({ length: WINDOW }, async () => {
        while (sent < MISSED) {
          sent += 1;
          await sender!.client.sendText(chat.id, `missed ${sent}`);
          if (sent % 500 === 0) progress('sending', sent, MISSED);
        }
      }),
    );

    let received = 0;
    let inOrder = true;
    let lastSeq = 0;
    recipient!.client.realtime.on('message', (m: MessageView) => {
      received += 1;
      if (m.seq <= lastSeq) inOrder = false;
      lastSeq = m.seq;
    });
    const started = performance.now();
    await recipient!.client.connect();
    const seconds = (performance.now() - started) / 1000;
    writeResult('catch-up', {
      missed: MISSED,
      received,
      inOrder,
      seconds: round(seconds),
      messagesPerSecond: Math.round(received / seconds),
    });
    sender!.client.disconnect();
    recipient!.client.disconnect();
  } finally {
    await server.stop();
  }
}
