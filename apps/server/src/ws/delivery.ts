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
  return deps.bus.subscribe((event: DomainEvent) => {
    const delivered =
      event.type === 'message.appended' ? deliverMessage(deps, event.message) : deliverReceipt(deps, event);
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
  event: Extract<DomainEvent, { type: 'receipt.advanced' }>,
): Promise<void> {
  const { chatId, accountId, deliveredSeq, readSeq, previous } = event;
  // Tell the senders of the messages the watermark just passed.
  // In a direct chat that is everyone, without asking the database.
  const chat = await deps.chats.get(chatId);
  const audience = new Set(
    chat?.kind === 'direct'
      ? (await deps.chats.members(chatId)).map((m) => m.accountId)
      : await deps.reader.sendersBetween(chatId, previous.readSeq, Math.max(deliveredSeq, readSeq)),
  );
  // The member's own devices hear of reads (to clear unread counts), not of their deliveries.
  if (readSeq > previous.readSeq) audience.add(accountId);
  else audience.delete(accountId);
  const json = JSON.stringify({ type: 'receipt', chatId, accountId, deliveredSeq, readSeq, at: event.at });
  for (const recipient of audience) {
    for (const device of deps.connections.devicesOf(recipient)) device.sendJson(json);
  }
}
