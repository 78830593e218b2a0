/** The part of the standard WebSocket API the SDK uses: browsers' and the `ws` package's. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export type SocketFactory = (url: string) => SocketLike;

export const OPEN = 1;

/** The platform's WebSocket: the browser's, or Node 22's global. Node 20 passes `ws`. */
export function defaultSocketFactory(): SocketFactory {
  const Native = (globalThis as { WebSocket?: new (url: string) => SocketLike }).WebSocket;
  if (Native === undefined) {
    throw new Error('No global WebSocket: pass `socket: (url) => new WebSocket(url)` from the ws package');
  }
  return (url) => new Native(url);
}
