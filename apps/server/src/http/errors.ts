import { isDomainError, type ErrorCode } from '@parley/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toGraphError } from './graph/graph-errors.js';
import { GRAPH_PREFIX } from './graph/graph-url.js';

/** The one place where domain error codes become HTTP statuses. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_argument: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  expired: 410,
  payload_too_large: 413,
  unsupported_media: 415,
  too_late: 422,
  limit_exceeded: 422,
  locked: 423,
  rate_limited: 429,
};

export interface ErrorEnvelope {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/** Turns any thrown error into a status and the client API's error envelope. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorEnvelope } {
  if (isDomainError(error)) {
    const body: ErrorEnvelope = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = { ...error.details };
    return { status: HTTP_STATUS[error.code], body };
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation !== undefined) {
    return {
      status: 400,
      body: { error: { code: 'invalid_argument', message: fastifyError.message ?? 'Invalid request' } },
    };
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return {
      status,
      body: { error: { code: codeForStatus(status), message: fastifyError.message ?? 'Bad request' } },
    };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'Internal error' } } };
}

function codeForStatus(status: number): string {
  const entry = Object.entries(HTTP_STATUS).find(([, s]) => s === status);
  return entry?.[0] ?? 'bad_request';
}

/**
 * Errors Fastify raises before routing (a malformed percent-encoding, an overlong path parameter)
 * skip the error handler; this gives them the same envelope.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  // Graph paths (already rewritten to the Graph prefix) answer in the Graph envelope even here.
  const { status, body } = request.url.startsWith(`${GRAPH_PREFIX}/`)
    ? toGraphError(error)
    : toErrorResponse(error);
  void reply.status(status).send(body);
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    void reply.status(status).send(body);
  });
}

/** Unknown routes answer in the same envelope as every other error. */
export function sendNotFound(request: FastifyRequest, reply: FastifyReply): void {
  void reply
    .status(404)
    .send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url}` } });
}
