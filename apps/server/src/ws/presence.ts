import { DomainError, isActive, type ChatRepository, type Clock } from '@parley/core';
import type { ServerFrame } from '@parley/contracts';
import type { ConnectionRegistry } from './connection-registry.js';
import type { DeviceConnection } from './device-connection.js';

interface PresenceDeps {
  readonly connections: ConnectionRegistry;
  readonly chats: ChatRepository;
  readonly clock: Clock;
  readonly eitherBlocked: (a: string, b: string) => Promise<boolean>;
  readonly lastSeen: (accountId: string) => Promise<number | null>;
  readonly markSeen: (accountId: string, at: number) => Promise<void>;
  readonly onError: (error: unknown) => void;
}

type PresenceState = 'available' | 'unavailable';

/**
 * Online / last-seen and typing. Ephemeral: nothing here is stored except last seen. Blocks
 * hide presence and typing in both directions.
 */
export function createPresence(deps: PresenceDeps) {
  const { connections } = deps;
  const away = new Set<DeviceConnection>();

  const stateOf = (accountId: string): PresenceState =>
    [...connections.devicesOf(accountId)].some((c) => !away.has(c)) ? 'available' : 'unavailable';

  async function announce(accountId: string, state: PresenceState, lastSeenAt: number | null) {
    const frame: ServerFrame = { type: 'presence', accountId, state, lastSeenAt };
    for (const watcher of connections.watchersOf(accountId)) {
      if (!(await deps.eitherBlocked(accountId, watcher.accountId))) watcher.send(frame);
    }
  }

  // Last-seen writes still running, so shutdown can wait for them before closing the database.
  const pending = new Set<Promise<unknown>>();
  function report(promise: Promise<unknown>) {
    const tracked = promise.catch(deps.onError).finally(() => pending.delete(tracked));
    pending.add(tracked);
  }

  async function typingAs(accountId: string, chatId: string, state: 'composing' | 'recording' | 'paused') {
    const members = await deps.chats.members(chatId);
    const self = members.find((m) => m.accountId === accountId);
    if (self === undefined || !isActive(self)) throw new DomainError('not_found', 'No such chat');
    const frame: ServerFrame = { type: 'typing', chatId, accountId, state };
    for (const member of members) {
      if (member.accountId === accountId || !isActive(member)) continue;
      if (await deps.eitherBlocked(member.accountId, accountId)) continue;
      for (const device of connections.devicesOf(member.accountId)) device.send(frame);
    }
  }

  return {
    async drain(): Promise<void> {
      await Promise.all(pending);
    },

    connected(connection: DeviceConnection): void {
      if (connections.add(connection)) report(announce(connection.accountId, 'available', null));
    },

    disconnected(connection: DeviceConnection): void {
      away.delete(connection);
      if (!connections.remove(connection)) return;
      const at = deps.clock.now();
      report(
        deps.markSeen(connection.accountId, at).then(() => announce(connection.accountId, 'unavailable', at)),
      );
    },

    async setState(connection: DeviceConnection, state: PresenceState): Promise<void> {
      const before = stateOf(connection.accountId);
      if (state === 'unavailable') away.add(connection);
      else away.delete(connection);
      const after = stateOf(connection.accountId);
      if (after === before) return;
      const at = deps.clock.now();
      if (after === 'unavailable') await deps.markSeen(connection.accountId, at);
      await announce(connection.accountId, after, after === 'unavailable' ? at : null);
    },

    async subscribe(connection: DeviceConnection, accountIds: readonly string[]): Promise<void> {
      for (const accountId of new Set(accountIds)) {
        connections.watch(connection, accountId);
        if (await deps.eitherBlocked(accountId, connection.accountId)) continue;
        const state = stateOf(accountId);
        const lastSeenAt = state === 'available' ? null : await deps.lastSeen(accountId);
        connection.send({ type: 'presence', accountId, state, lastSeenAt });
      }
    },

    typing(connection: DeviceConnection, chatId: string, state: 'composing' | 'recording' | 'paused') {
      return typingAs(connection.accountId, chatId, state);
    },

    /** Typing of an account without a device of its own: a platform number, through the Graph API. */
    typingAs,
  };
}

export type Presence = ReturnType<typeof createPresence>;
