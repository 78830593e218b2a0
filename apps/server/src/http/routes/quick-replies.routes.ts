import {
  CreateQuickReplyBody,
  QuickRepliesResponse,
  QuickReplyIdParams,
  QuickReplyView,
  UpdateQuickReplyBody,
} from '@parley/contracts';
import { QUICK_REPLY_LIMITS } from '@parley/core';
import type { Parley } from '../../compose.js';
import { quickReplyView } from '../../business-tools-views.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';

/** A business's saved replies, which the composer offers after `/`. Personal accounts get 404. */
export function registerQuickReplyRoutes(app: App, parley: Parley): void {
  const { quickReplies } = parley;

  app.get(
    '/v1/business/quick-replies',
    { schema: { response: { 200: QuickRepliesResponse } } },
    async (request) => {
      const { accountId } = principalOf(request);
      return {
        quickReplies: (await quickReplies.list(accountId)).map(quickReplyView),
        limit: QUICK_REPLY_LIMITS.perBusiness,
      };
    },
  );

  app.post(
    '/v1/business/quick-replies',
    { schema: { body: CreateQuickReplyBody, response: { 201: QuickReplyView } } },
    async (request, reply) => {
      const { accountId } = principalOf(request);
      return reply.status(201).send(quickReplyView(await quickReplies.create(accountId, request.body)));
    },
  );

  app.patch(
    '/v1/business/quick-replies/:quickReplyId',
    { schema: { params: QuickReplyIdParams, body: UpdateQuickReplyBody, response: { 200: QuickReplyView } } },
    async (request) => {
      const { accountId } = principalOf(request);
      return quickReplyView(await quickReplies.update(accountId, request.params.quickReplyId, request.body));
    },
  );

  app.delete(
    '/v1/business/quick-replies/:quickReplyId',
    { schema: { params: QuickReplyIdParams } },
    async (request, reply) => {
      await quickReplies.delete(principalOf(request).accountId, request.params.quickReplyId);
      return reply.status(204).send();
    },
  );
}
