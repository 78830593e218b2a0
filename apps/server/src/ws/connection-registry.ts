import type { DeviceConnection } from './device-connection.js';

/** Which devices of which accounts are connected to this node, and who watches whose presence. */
export class ConnectionRegistry {
  private readonly byAccount = new Map<string, Set<DeviceConnection>>();
  private readonly watchers = new Map<string, Set<DeviceConnection>>();

  /** Returns true when this is the account's first connected device. */
  add(connection: DeviceConnection): boolean {
    let connections = this.byAccount.get(connection.accountId);
    const first = connections === undefined;
    if (connections === undefined) {
      connections = new Set();
      this.byAccount.set(connection.accountId, connections);
    }
    connections.add(connection);
    return first;
  }

  /** Returns true when the account has no connected device left. */
  remove(connection: DeviceConnection): boolean {
    for (const accountId of connection.watching) this.watchers.get(accountId)?.delete(connection);
    const connections = this.byAccount.get(connection.accountId);
    connections?.delete(connection);
    if (connections?.size === 0) {
      this.byAccount.delete(connection.accountId);
      return true;
    }
    return false;
  }

  devicesOf(accountId: string): ReadonlySet<DeviceConnection> {
    return this.byAccount.get(accountId) ?? EMPTY;
  }

  watch(connection: DeviceConnection, accountId: string): void {
    let set = this.watchers.get(accountId);
    if (set === undefined) {
      set = new Set();
      this.watchers.set(accountId, set);
    }
    set.add(connection);
    connection.watching.add(accountId);
  }

  watchersOf(accountId: string): ReadonlySet<DeviceConnection> {
    return this.watchers.get(accountId) ?? EMPTY;
  }

  /** Closes a revoked device's sockets. */
  closeDevice(deviceId: string): void {
    for (const connections of this.byAccount.values()) {
      for (const connection of connections) {
        if (connection.principal.deviceId === deviceId) {
          connection.send({ type: 'revoked' });
          connection.close(4001, 'device revoked');
        }
      }
    }
  }

  /** Closes every socket, for shutdown. */
  closeAll(code: number, reason: string): void {
    for (const connections of this.byAccount.values()) {
      for (const connection of connections) connection.close(code, reason);
    }
  }
}

const EMPTY: ReadonlySet<DeviceConnection> = new Set();
