import { ClientFrame, FrameRef, MAX_FRAME_BYTES, type ServerFrame } from '@parley/contracts';
import { DomainError, isDomainError } from '@parley/core';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { Parley } from '../compose.js';
import type { App } from '../http/app-instance.js';
import { toErrorResponse } from '../http/errors.js';
import { DeviceConnection } from './device-connection.js';
import { handleFrame } from './frame-handlers.js';

const checkFrame = TypeCompiler.Compile(ClientFrame);
const checkRef = TypeCompiler.Compile(FrameRef);
const AUTH_TIMEOUT_MS = 10_000;

/**
 * `GET /v1/ws`: one socket per device. The first frame authenticates; after that every frame is
 * parsed and checked here, at the edge, before any handler sees it. See docs/protocol.md.
 */
export function registerGateway(app: App, parley: Parley): void {
  // A plain GET (no upgrade) would get the websocket plugin's empty 404; say what is wrong instead.
  const preHandler = async (request: FastifyRequest) => {
    if (request.ws) return;
    throw new DomainError('invalid_argument', 'GET /v1/ws is a WebSocket: send an upgrade request');
  };
  app.get('/v1/ws', { websocket: true, preHandler }, (socket) => {
    let connection: DeviceConnection | undefined;
    let authenticating = false;
    const sendRaw = (frame: ServerFrame) => socket.send(JSON.stringify(frame));
    const authTimer = setTimeout(() => socket.close(4000, 'authenticate first'), AUTH_TIMEOUT_MS);

    socket.on('message', (data, isBinary) => {
      const frame = parseFrame(data, isBinary);
      if ('error' in frame) {
        (connection?.send.bind(connection) ?? sendRaw)({
          type: 'error',
          ref: frame.ref,
          code: 'invalid_frame',
          message: frame.error,
        });
        return;
      }
      if (connection === undefined) {
        if (frame.value.type !== 'auth' || authenticating) {
          sendRaw({
            type: 'error',
            ref: refOf(frame.value),
            code: 'unauthenticated',
            message: 'Send an auth frame first',
          });
          return;
        }
        authenticating = true;
        const ref = frame.value.ref;
        parley.accounts
          .authenticate(frame.value.token)
          .then((principal) => {
            clearTimeout(authTimer);
            if (socket.readyState !== socket.OPEN) return;
            connection = new DeviceConnection(principal, socket);
            parley.presence.connected(connection);
            connection.send({
              type: 'ready',
              ref,
              accountId: principal.accountId,
              deviceId: principal.deviceId,
              serverTime: parley.clock.now(),
            });
          })
          .catch((error: unknown) => {
            authenticating = false;
            sendRaw({ type: 'error', ref, ...errorFields(error) });
            socket.close(4001, 'authentication failed');
          });
        return;
      }
      const current = connection;
      handleFrame(parley, current, frame.value).catch((error: unknown) => {
        if (!isDomainError(error)) app.log.error({ err: error }, 'frame failed');
        current.send({ type: 'error', ref: refOf(frame.value), ...errorFields(error) });
      });
    });

    socket.on('close', () => {
      clearTimeout(authTimer);
      if (connection !== undefined) parley.presence.disconnected(connection);
    });
    socket.on('error', (error) => app.log.debug({ err: error }, 'socket error'));
  });
}

function parseFrame(
  data: WebSocket.RawData,
  isBinary: boolean,
): { value: ClientFrame } | { error: string; ref?: string } {
  if (isBinary) return { error: 'Frames are JSON text' };
  const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
  if (bytes.length > MAX_FRAME_BYTES) return { error: `Frames are at most ${MAX_FRAME_BYTES} bytes` };
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { error: 'A frame must be a JSON object' };
  }
  if (checkFrame.Check(value)) return { value };
  const first = checkFrame.Errors(value).First();
  const where = first?.path === '' || first === undefined ? 'frame' : first.path;
  return { error: `Invalid ${where}: ${first?.message ?? 'unknown frame'}`, ref: refusedRef(value) };
}

/**
 * A refused frame's reply still echoes its ref when the ref itself is usable, so a client waiting
 * on that ref (the SDK's pending send, say) is told no instead of waiting forever.
 */
function refusedRef(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const ref: unknown = (value as { ref?: unknown }).ref;
  return checkRef.Check(ref) ? ref : undefined;
}

function refOf(frame: ClientFrame): string | undefined {
  return 'ref' in frame ? frame.ref : undefined;
}

function errorFields(error: unknown): { code: string; message: string; details?: Record<string, unknown> } {
  return toErrorResponse(error).body.error;
}
