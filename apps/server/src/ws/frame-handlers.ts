import type { ClientFrame } from '@parley/contracts';
import { DomainError, isActive } from '@parley/core';
import type { Parley } from '../compose.js';
import { messageView } from '../views.js';
import type { DeviceConnection } from './device-connection.js';

/** The most messages one sync sends before it answers `more: true`. */
export const SYNC_BUDGET = 5000;
const SYNC_CHUNK = 500;

type Frame<T extends ClientFrame['type']> = Extract<ClientFrame, { type: T }>;

export async function handleFrame(
  parley: Parley,
  connection: DeviceConnection,
  frame: ClientFrame,
): Promise<void> {
  const { accountId, deviceId } = connection.principal;
  switch (frame.type) {
    case 'send': {
      const message = await parley.messaging.send({ accountId, deviceId }, frame.message);
      connection.send({
        type: 'sent',
        ref: frame.ref,
        id: message.id,
        chatId: message.chatId,
        seq: message.seq,
        createdAt: message.createdAt,
      });
      return;
    }
    case 'ack':
      return parley.messaging.acknowledge(accountId, frame.chatId, 'delivered', frame.seq);
    case 'receipt':
      return parley.messaging.acknowledge(accountId, frame.chatId, frame.status, frame.seq);
    case 'typing':
      return parley.presence.typing(connection, frame.chatId, frame.state);
    case 'presence':
      return parley.presence.setState(connection, frame.state);
    case 'subscribe':
      return parley.presence.subscribe(connection, frame.accountIds);
    case 'sync':
      return sync(parley, connection, frame);
    case 'ping':
      connection.send({ type: 'pong', ref: frame.ref, serverTime: parley.clock.now() });
      return;
    case 'auth':
      throw new DomainError('invalid_argument', 'This socket is already authenticated');
  }
}

/**
 * Sends every visible message after the client's cursors, chat by chat in seq order, then the
 * receipt watermarks of each chat's members. Live messages wait until the sync is done.
 */
async function sync(parley: Parley, connection: DeviceConnection, frame: Frame<'sync'>): Promise<void> {
  const { accountId } = connection.principal;
  const cursors = new Map((frame.cursors ?? []).map((c) => [c.chatId, c.seq]));
  connection.beginSync();
  try {
    let budget = SYNC_BUDGET;
    const chats = [];
    for (const { chat, member } of await parley.chatRepository.membershipsOf(accountId)) {
      let cursor = cursors.get(chat.id) ?? 0;
      const until = member.leftSeq ?? chat.lastSeq;
      while (budget > 0 && cursor < until) {
        const messages = await parley.messaging.after(
          accountId,
          chat.id,
          cursor,
          Math.min(SYNC_CHUNK, budget),
        );
        if (messages.length === 0) break;
        cursor = messages.at(-1)!.seq;
        budget -= messages.length;
        connection.noteSynced(chat.id, cursor);
        connection.send({ type: 'messages', messages: messages.map(messageView) });
      }
      const members = await parley.chatRepository.watermarks(chat.id);
      chats.push({
        chatId: chat.id,
        lastSeq: chat.lastSeq,
        members: members
          .filter((m) => isActive(m) || m.accountId === accountId)
          .map((m) => ({ accountId: m.accountId, deliveredSeq: m.deliveredSeq, readSeq: m.readSeq })),
      });
    }
    connection.send({ type: 'synced', ref: frame.ref, chats, more: budget <= 0 });
  } finally {
    connection.endSync();
  }
}
