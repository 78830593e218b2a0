import { PlatformError, type GraphPrincipal } from '@parley/core';
import type { FastifyRequest } from 'fastify';
import { bearerToken } from '../authenticate.js';

declare module 'fastify' {
  interface FastifyRequest {
    graph: GraphPrincipal | undefined;
  }
}

/** Graph takes the token as a bearer header or, as in Meta's own examples, `?access_token=`. */
export function graphToken(request: FastifyRequest): string | undefined {
  const header = bearerToken(request);
  if (header !== undefined) return header;
  const query = request.query as Record<string, unknown> | undefined;
  const fromQuery = query?.access_token;
  return typeof fromQuery === 'string' && fromQuery !== '' ? fromQuery : undefined;
}

/** The caller of a Graph route; the plugin's hook has authenticated it. */
export function graphPrincipalOf(request: FastifyRequest): GraphPrincipal {
  if (request.graph === undefined) {
    throw new PlatformError(190, 'An active access token must be used to query this resource');
  }
  return request.graph;
}
