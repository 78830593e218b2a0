import { DomainError, type Principal } from '@parley/core';
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | undefined;
  }
}

/** Resolves the bearer token of a request to its device, or refuses the request. */
export type Authenticator = (token: string) => Promise<Principal>;

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/** The principal of an authenticated route; routes call this first. */
export function principalOf(request: FastifyRequest): Principal {
  if (request.principal === undefined) {
    throw new DomainError('unauthenticated', 'Send a device token as "Authorization: Bearer <token>"');
  }
  return request.principal;
}
