import { nodeKindOf, unknownObject, type NodeKind } from '@parley/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isGroupId } from './group-id.js';

export type NodeMethod = 'GET' | 'POST' | 'DELETE';
/** Digit ids carry their kind; group ids (not digits, as on Meta) are recognised by their form. */
export type GraphNodeKind = NodeKind | 'group';
export type NodeHandler = (id: string, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/**
 * `GET|POST|DELETE /{id}` serve every kind of node; each area registers the methods its kind
 * answers, and the id's kind picks the handler.
 */
export class GraphNodes {
  private readonly handlers = new Map<string, NodeHandler>();

  on(kind: GraphNodeKind, method: NodeMethod, handler: NodeHandler): void {
    this.handlers.set(`${kind} ${method}`, handler);
  }

  async dispatch(
    method: NodeMethod,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<unknown> {
    const kind = nodeKindOf(id) ?? (isGroupId(id) ? 'group' : undefined);
    const handler = kind === undefined ? undefined : this.handlers.get(`${kind} ${method}`);
    if (handler === undefined) throw unknownObject(id);
    return handler(id, request, reply);
  }
}
