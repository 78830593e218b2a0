import type { Principal } from '@parley/core';
import type { ServerFrame } from '@parley/contracts';
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/** A socket that buffers more than this is too slow to keep up; it reconnects and syncs instead. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

/** One authenticated device's socket, and what it has been sent while catching up. */
export class DeviceConnection {
  /** Live messages held back while a sync runs, so a device sees each chat in order. */
  private held: { chatId: string; seq: number; json: string }[] | undefined;
  /** Per chat, the last seq a running sync sent: held frames at or below it are duplicates. */
  private readonly syncedSeq = new Map<string, number>();
  readonly watching = new Set<string>();
  private corked = false;

  constructor(
    readonly principal: Principal,
    private readonly socket: WebSocket,
  ) {}

  get accountId(): string {
    return this.principal.accountId;
  }

  send(frame: ServerFrame): void {
    this.sendJson(JSON.stringify(frame));
  }

  sendJson(json: string): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.socket.close(1013, 'too slow: reconnect and sync');
      return;
    }
    this.cork();
    this.socket.send(json);
  }

  /**
   * Holds this socket's writes until the end of the event-loop turn, so the frames of one turn
   * leave in one system call instead of one each. ws exposes no API for it, hence `_socket`.
   */
  private cork(): void {
    if (this.corked) return;
    const raw = (this.socket as unknown as { _socket?: Socket })._socket;
    if (raw === undefined) return;
    this.corked = true;
    raw.cork();
    setImmediate(() => {
      this.corked = false;
      raw.uncork();
    });
  }

  /** Sends a live message now, or after the running sync if one is running. */
  deliverMessage(chatId: string, seq: number, json: string): void {
    if (this.held !== undefined) this.held.push({ chatId, seq, json });
    else this.sendJson(json);
  }

  beginSync(): void {
    this.held ??= [];
  }

  noteSynced(chatId: string, seq: number): void {
    this.syncedSeq.set(chatId, Math.max(seq, this.syncedSeq.get(chatId) ?? 0));
  }

  endSync(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const frame of held) {
      if (frame.seq > (this.syncedSeq.get(frame.chatId) ?? 0)) this.sendJson(frame.json);
    }
    this.syncedSeq.clear();
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }
}
