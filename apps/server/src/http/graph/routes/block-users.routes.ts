import { GraphBlockUsersBody } from '@parley/contracts';
import { PlatformError, type BlockOutcome, type BlockResult } from '@parley/core';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { graphPrincipalOf } from '../graph-auth.js';
import { toGraphError } from '../graph-errors.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, graphPage, PagingQuery } from '../graph-paging.js';
import type { GraphContext } from '../graph-context.js';
import { waIdOf } from '../phone-number-view.js';

const MESSAGING = 'whatsapp_business_messaging' as const;
const Params = Type.Object({ id: Type.String() });
const tags = ['Graph: block users'];

const user = ({ input, waId }: BlockOutcome) => ({ input, wa_id: waId });
const failedUser = (outcome: BlockOutcome) => ({
  ...user(outcome),
  errors: [
    {
      message: `(#${outcome.error!.graphCode}) ${outcome.error!.title}`,
      code: outcome.error!.graphCode,
      error_data: { details: outcome.error!.message },
    },
  ],
});

/**
 * Contract 10.2's answer: the users done and failed, and when any failed, also the top-level
 * 139100 error in the same body (and its status), as Meta answers a partial failure.
 */
function blockAnswer(reply: FastifyReply, result: BlockResult, doneKey: 'added_users' | 'removed_users') {
  const body: Record<string, unknown> = {
    messaging_product: 'whatsapp',
    block_users: {
      [doneKey]: result.done.map(user),
      ...(result.failed.length > 0 && { failed_users: result.failed.map(failedUser) }),
    },
  };
  if (result.failed.length === 0) return body;
  const verb = doneKey === 'added_users' ? 'block' : 'unblock';
  const { status, body: envelope } = toGraphError(new PlatformError(139100, `Failed to ${verb} some users.`));
  return reply.status(status).send({ ...body, ...envelope });
}

/** Block Users (contract 10.2) over Parley's own blocks. */
export function registerBlockUsersRoutes({ graph, parley }: GraphContext): void {
  const { platform, platformManagement, accounts } = parley;
  const { blockUsers } = platformManagement;

  graph.post(
    '/:id/block_users',
    {
      schema: {
        summary: 'Block people who wrote to the number in the last 24 hours',
        tags,
        params: Params,
        body: GraphBlockUsersBody,
      },
    },
    async (request, reply) => {
      const number = await platform.accessNumber(graphPrincipalOf(request), request.params.id, MESSAGING);
      const result = await blockUsers.block(
        number,
        request.body.block_users.map((u) => u.user),
      );
      return blockAnswer(reply, result, 'added_users');
    },
  );

  graph.delete(
    '/:id/block_users',
    { schema: { summary: 'Unblock people', tags, params: Params, body: GraphBlockUsersBody } },
    async (request, reply) => {
      const number = await platform.accessNumber(graphPrincipalOf(request), request.params.id, MESSAGING);
      const result = await blockUsers.unblock(
        number,
        request.body.block_users.map((u) => u.user),
      );
      return blockAnswer(reply, result, 'removed_users');
    },
  );

  graph.get(
    '/:id/block_users',
    {
      schema: {
        summary: 'The people the number blocked',
        tags,
        params: Params,
        querystring: Type.Object({ ...PagingQuery }, { additionalProperties: true }),
      },
    },
    async (request) => {
      const number = await platform.accessNumber(graphPrincipalOf(request), request.params.id, MESSAGING);
      const limit = request.query.limit ?? DEFAULT_PAGE_SIZE;
      const after = decodeCursor(request.query.after) ?? '';
      // The blocklist is at most 64K ids: sorted by wa_id in memory, paged by the last one shown.
      const ids = await blockUsers.listBlocked(number);
      const waIds = (await Promise.all(ids.map(async (id) => waIdOf((await accounts.getProfile(id)).phone))))
        .sort()
        .filter((waId) => waId > after);
      return graphPage(
        request,
        waIds.slice(0, limit + 1),
        limit,
        (waId) => waId,
        (waId) => ({ messaging_product: 'whatsapp', wa_id: waId }),
      );
    },
  );
}
