import {
  canSee,
  type ChatRepository,
  type DomainEvent,
  type EventBus,
  type Message,
  type MessageReader,
} from '@parley/core';
import { messageView } from '../views.js';
import type { ConnectionRegistry } from './connection-registry.js';
import { RecentSenders } from './recent-senders.js';

interface DeliveryDeps {
  readonly bus: EventBus;
  readonly chats: ChatRepository;
  readonly reader: MessageReader;
  readonly connections: ConnectionRegistry;
  readonly onError: (error: unknown) => void;
}

/**
 * Pushes committed events to connected devices. Offline devices are not tracked here: they sync
 * from their last sequence number when they come back.
 */
export function startDelivery(deps: DeliveryDeps): () => void {
  const recentSenders = new RecentSenders();
  return deps.bus.subscribe((event: DomainEvent) => {
    if (event.type === 'message.appended') {
      const { chatId, seq, senderId, senderOnly } = event.message;
      recentSenders.record(chatId, seq, senderOnly ? null : senderId);
    }
    const delivered =
      event.type === 'message.appended'
        ? deliverMessage(deps, event.message)
        : deliverReceipt(deps, recentSenders, event);
    delivered.catch(deps.onError);
  });
}

async function deliverMessage(deps: DeliveryDeps, message: Message): Promise<void> {
  // Serialised once, however many devices receive it.
  const json = JSON.stringify({ type: 'message', message: messageView(message) });
  if (message.senderOnly) {
    for (const device of deps.connections.devicesOf(message.senderId)) {
      device.deliverMessage(message.chatId, message.seq, json);
    }
    return;
  }
  for (const member of await deps.chats.members(message.chatId)) {
    if (!canSee(member, message.seq)) continue;
    for (const device of deps.connections.devicesOf(member.accountId)) {
      device.deliverMessage(message.chatId, message.seq, json);
    }
  }
}

async function deliverReceipt(
  deps: DeliveryDeps,
  recentSenders: RecentSenders,
  event: Extract<DomainEvent, { type: 'receipt.advanced' }>,
): Promise<void> {
  const { chatId, accountId, deliveredSeq, readSeq, previous } = event;
  const audience = new Set(await sendersPassed(deps, recentSenders, event));
  // The member's own devices hear of reads (to clear unread counts), not of their deliveries.
  if (readSeq > previous.readSeq) audience.add(accountId);
  else audience.delete(accountId);
  const json = JSON.stringify({ type: 'receipt', chatId, accountId, deliveredSeq, readSeq, at: event.at });
  for (const recipient of audience) {
    for (const device of deps.connections.devicesOf(recipient)) device.sendJson(json);
  }
}

/** The senders of the messages a watermark just passed: they are the ones whose ticks change. */
async function sendersPassed(
  deps: DeliveryDeps,
  recentSenders: RecentSenders,
  event: Extract<DomainEvent, { type: 'receipt.advanced' }>,
): Promise<string[]> {
  const { chatId, previous } = event;
  const upTo = Math.max(event.deliveredSeq, event.readSeq);
  // In a direct chat that is both members, without asking anyone.
  if ((await deps.chats.get(chatId))?.kind === 'direct') {
    return (await deps.chats.members(chatId)).map((m) => m.accountId);
  }
  return (
    recentSenders.between(chatId, previous.readSeq, upTo) ??
    deps.reader.sendersBetween(chatId, previous.readSeq, upTo)
  );
}
