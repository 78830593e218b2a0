import { AccountIdParams, BlocksResponse, ReportBody, ReportView } from '@parley/contracts';
import type { Parley } from '../../compose.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';

/** Blocking accounts and reporting them to the operator. */
export function registerSafetyRoutes(app: App, parley: Parley): void {
  const { safety } = parley;

  app.get('/v1/blocks', { schema: { response: { 200: BlocksResponse } } }, async (request) => {
    const { accountId } = principalOf(request);
    return { accountIds: await safety.listBlocked(accountId) };
  });

  app.put('/v1/blocks/:accountId', { schema: { params: AccountIdParams } }, async (request, reply) => {
    const { accountId } = principalOf(request);
    await safety.block(accountId, request.params.accountId);
    return reply.status(204).send();
  });

  app.delete('/v1/blocks/:accountId', { schema: { params: AccountIdParams } }, async (request, reply) => {
    const { accountId } = principalOf(request);
    await safety.unblock(accountId, request.params.accountId);
    return reply.status(204).send();
  });

  app.post(
    '/v1/reports',
    { schema: { body: ReportBody, response: { 201: ReportView } } },
    async (request, reply) => {
      const { accountId } = principalOf(request);
      const report = await safety.report(accountId, request.body);
      return reply.status(201).send({
        id: report.id,
        accountId: report.reportedId,
        chatId: report.chatId,
        reason: report.reason,
        messageIds: [...report.messageIds],
        createdAt: report.createdAt,
      });
    },
  );
}
