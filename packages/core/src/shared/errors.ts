/**
 * Every refusal in the core is a DomainError with a stable code. Edges (REST, WebSocket, Graph)
 * map codes to their own envelopes in one place each; the core never knows about HTTP.
 */
export type ErrorCode =
  | 'invalid_argument'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'locked'
  | 'expired'
  | 'limit_exceeded'
  | 'too_late'
  | 'unsupported_media'
  | 'payload_too_large';

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
