import type { MessageView } from '@parley/sdk';
import { signUpMany } from './accounts.js';
import { percentiles, round, startBenchServer, writeResult } from './support.js';

const PAIRS = 50;

/**
 * 1:1 delivery between many online device pairs, every message durable before it is
 * acknowledged. Two runs: as fast as the pairs go (each sender keeps a window of sends in
 * flight), then a steady 5,000 messages/s to read latency at a fixed load.
 */
export async function oneToOneBench(): Promise<void> {
  const server = await startBenchServer();
  try {
    const accounts = await signUpMany(server.url, PAIRS * 2, 'accounts');
    const pairs: {
      sender: (typeof accounts)[number];
      recipient: (typeof accounts)[number];
      chatId: string;
    }[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const sender = accounts[2 * i]!;
      const recipient = accounts[2 * i + 1]!;
      const chat = await sender.client.openDirectChat(recipient.accountId);
      pairs.push({ sender, recipient, chatId: chat.id });
    }
    await Promise.all(accounts.map((a) => a.client.connect()));

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    let delivered = 0;
    for (const { recipient } of pairs) {
      recipient.client.realtime.on('message', (m: MessageView) => {
        const started = sentAt.get(m.id);
        if (started === undefined) return;
        sentAt.delete(m.id);
        latencies.push(performance.now() - started);
        delivered += 1;
      });
    }
    let counter = 0;
    const sendOne = (pair: (typeof pairs)[number]) => {
      counter += 1;
      const id = `B${counter.toString(36).toUpperCase()}X${pair.chatId.slice(0, 6)}`;
      sentAt.set(id, performance.now());
      return pair.sender.client.send({
        id,
        chatId: pair.chatId,
        type: 'text',
        content: { body: `message ${counter}` },
      });
    };

    // Warm-up, then saturation: each sender keeps WINDOW sends outstanding for DURATION.
    const WINDOW = 20;
    const DURATION_MS = 10_000;
    const warmup = async () => Promise.all(pairs.map((p) => sendOne(p)));
    for (let i = 0; i < 20; i++) await warmup();
    latencies.length = 0;
    delivered = 0;
    let running = true;
    const started = performance.now();
    await Promise.all(
      pairs.flatMap((pair) =>
        Array.from({ length: WINDOW }, async () => {
          while (running) {
            await sendOne(pair);
            if (performance.now() - started > DURATION_MS) running = false;
          }
        }),
      ),
    );
    const elapsed = (performance.now() - started) / 1000;
    const saturated = {
      pairs: PAIRS,
      window: WINDOW,
      seconds: round(elapsed),
      delivered,
      messagesPerSecond: Math.round(delivered / elapsed),
      latencyMs: percentiles(latencies),
    };
    console.log('saturation', saturated);

    // Steady load: RATE messages/s spread evenly over the pairs, in 10 ms ticks.
    const RATE = 5000;
    const STEADY_MS = 10_000;
    await new Promise((resolve) => setTimeout(resolve, 500));
    latencies.length = 0;
    delivered = 0;
    const perTick = RATE / 100;
    const steadyStart = performance.now();
    let tick = 0;
    let carry = 0;
    const inFlight: Promise<unknown>[] = [];
    while (performance.now() - steadyStart < STEADY_MS) {
      tick += 1;
      carry += perTick;
      for (; carry >= 1; carry -= 1) inFlight.push(sendOne(pairs[(tick * 7 + Math.floor(carry)) % PAIRS]!));
      const next = steadyStart + tick * 10;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
    }
    await Promise.all(inFlight);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const steadySeconds = (performance.now() - steadyStart) / 1000;
    const steady = {
      targetPerSecond: RATE,
      seconds: round(steadySeconds),
      delivered,
      messagesPerSecond: Math.round(delivered / steadySeconds),
      latencyMs: percentiles(latencies),
    };
    console.log('steady', steady);

    writeResult('one-to-one', {
      durable: 'sqlite WAL, synchronous=FULL, group commit',
      targets: { messagesPerSecond: 20000, p99MsAt5000PerSecond: 10 },
      saturation: saturated,
      steady,
    });
    for (const a of accounts) a.client.disconnect();
  } finally {
    await server.stop();
  }
}
