import type { MessageView } from '@parley/sdk';
import { signUpMany } from './accounts.js';
import { percentiles, progress, round, startBenchServer, writeResult } from './support.js';

const MEMBERS = 256;
const MESSAGES = 200;

/** One sender to a group of 256 members, all online: deliveries/s and time to the last member. */
export async function groupFanoutBench(): Promise<void> {
  const server = await startBenchServer();
  try {
    const [sender, ...members] = await signUpMany(server.url, MEMBERS + 1, 'members');
    const group = await sender!.client.createGroup(
      'Bench',
      members.map((m) => m.accountId),
    );
    await Promise.all([sender!, ...members].map((a) => a.client.connect()));

    const sentAt = new Map<string, number>();
    const received = new Map<string, number>();
    const latencies: number[] = [];
    const lastMember: number[] = [];
    let deliveries = 0;
    for (const member of members) {
      member.client.realtime.on('message', (m: MessageView) => {
        const started = sentAt.get(m.id);
        if (started === undefined) return;
        const latency = performance.now() - started;
        latencies.push(latency);
        deliveries += 1;
        const count = (received.get(m.id) ?? 0) + 1;
        received.set(m.id, count);
        if (count === MEMBERS) lastMember.push(latency);
      });
    }
    const started = performance.now();
    for (let i = 0; i < MESSAGES; i++) {
      const id = `G${i.toString(36).toUpperCase()}`;
      sentAt.set(id, performance.now());
      await sender!.client.send({ id, chatId: group.id, type: 'text', content: { body: `to all ${i}` } });
      // One message at a time, paced by its commit, the way a person or a bot posts to a group.
      progress('fan-out', i + 1, MESSAGES);
    }
    const deadline = Date.now() + 60_000;
    while (deliveries < MESSAGES * MEMBERS && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const seconds = (performance.now() - started) / 1000;
    writeResult('group-fanout', {
      members: MEMBERS,
      messages: MESSAGES,
      deliveries,
      seconds: round(seconds),
      deliveriesPerSecond: Math.round(deliveries / seconds),
      latencyMs: percentiles(latencies),
      lastMemberLatencyMs: percentiles(lastMember),
    });
    for (const a of [sender!, ...members]) a.client.disconnect();
  } finally {
    await server.stop();
  }
}
