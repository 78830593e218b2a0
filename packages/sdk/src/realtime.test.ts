import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MessageView } from '@parley/contracts';
import { RealtimeConnection } from './realtime.js';
import { OPEN, type SocketLike } from './socket.js';

const CHAT = 'chat1';

const messageAt = (seq: number): MessageView => ({
  id: `m${seq}`,
  chatId: CHAT,
  seq,
  senderId: 'alice',
  senderDeviceId: 'phone',
  type: 'text',
  content: { body: `message ${seq}` },
  replyToId: null,
  forwarded: false,
  senderOnly: false,
  createdAt: seq,
  editedAt: null,
  deletedAt: null,
});

/**
 * A server that, like a real one under load, pushes a live message between answering `auth` and
 * receiving `sync`, and then syncs from whatever cursor the client sends.
 */
class ScriptedServer implements SocketLike {
  readyState = OPEN;
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  readonly syncedFrom: number[] = [];

  constructor(private readonly stored: readonly MessageView[]) {
    setTimeout(() => this.onopen?.({}), 0);
  }

  private push(frame: unknown): void {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }

  send(data: string): void {
    const frame = JSON.parse(data) as {
      type: string;
      ref?: string;
      cursors?: { chatId: string; seq: number }[];
    };
    if (frame.type === 'auth') {
      this.push({ type: 'ready', ref: frame.ref, accountId: 'bob', deviceId: 'web', serverTime: 0 });
      this.push({ type: 'message', message: this.stored.at(-1) });
    }
    if (frame.type === 'sync') {
      const from = frame.cursors?.find((c) => c.chatId === CHAT)?.seq ?? 0;
      this.syncedFrom.push(from);
      this.push({ type: 'messages', messages: this.stored.filter((m) => m.seq > from) });
      this.push({ type: 'synced', ref: frame.ref, chats: [], more: false });
    }
  }

  close(): void {
    this.readyState = 3;
  }
}

test('a live message that arrives before the sync does not make the sync skip what was missed', async () => {
  const stored = [1, 2, 3, 4, 5].map(messageAt);
  let server: ScriptedServer | undefined;
  const connection = new RealtimeConnection(
    'ws://parley.test/v1/ws',
    'token',
    () => (server = new ScriptedServer(stored)),
    { autoAck: false, reconnect: false, cursors: { [CHAT]: 2 } },
  );
  const shown: number[] = [];
  connection.on('message', (m) => shown.push(m.seq));

  await connection.connect();

  assert.deepEqual(server?.syncedFrom, [2], 'the sync starts from the cursor held before connecting');
  assert.deepEqual(shown, [5, 3, 4], 'every message is shown once');
  assert.equal(connection.heldCursors[CHAT], 5);
  connection.close();
});
