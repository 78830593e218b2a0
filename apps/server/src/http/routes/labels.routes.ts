import {
  CreateLabelBody,
  LabelAssignmentsView,
  LabelChatParams,
  LabelContactParams,
  LabelIdParams,
  LabelRecipientsView,
  LabelsResponse,
  LabelView,
  UpdateLabelBody,
} from '@parley/contracts';
import { LABEL_LIMITS } from '@parley/core';
import type { Parley } from '../../compose.js';
import { labelAssignmentsView, labelView } from '../../business-tools-views.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';

/** A business's labels, and the chats and contacts that carry them. Personal accounts get 404. */
export function registerLabelRoutes(app: App, parley: Parley): void {
  const { labels } = parley;

  app.get('/v1/business/labels', { schema: { response: { 200: LabelsResponse } } }, async (request) => {
    const { accountId } = principalOf(request);
    return { labels: (await labels.list(accountId)).map(labelView), limit: LABEL_LIMITS.perBusiness };
  });

  app.get(
    '/v1/business/labels/:labelId/recipients',
    { schema: { params: LabelIdParams, response: { 200: LabelRecipientsView } } },
    async (request) => {
      const { accountId } = principalOf(request);
      const reached = await labels.labelledAccounts(accountId, request.params.labelId);
      const profiles = await Promise.all(reached.map((id) => parley.accounts.publicProfile(id)));
      return { recipients: profiles.map(({ id, phone }) => ({ accountId: id, phone })) };
    },
  );

  app.post(
    '/v1/business/labels',
    { schema: { body: CreateLabelBody, response: { 201: LabelView } } },
    async (request, reply) => {
      const { accountId } = principalOf(request);
      return reply.status(201).send(labelView(await labels.create(accountId, request.body)));
    },
  );

  app.patch(
    '/v1/business/labels/:labelId',
    { schema: { params: LabelIdParams, body: UpdateLabelBody, response: { 200: LabelView } } },
    async (request) => {
      const { accountId } = principalOf(request);
      return labelView(await labels.update(accountId, request.params.labelId, request.body));
    },
  );

  app.delete(
    '/v1/business/labels/:labelId',
    { schema: { params: LabelIdParams } },
    async (request, reply) => {
      await labels.delete(principalOf(request).accountId, request.params.labelId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/v1/business/label-assignments',
    { schema: { response: { 200: LabelAssignmentsView } } },
    async (request) => labelAssignmentsView(await labels.assignments(principalOf(request).accountId)),
  );

  app.put(
    '/v1/business/labels/:labelId/chats/:chatId',
    { schema: { params: LabelChatParams } },
    async (request, reply) => {
      const { labelId, chatId } = request.params;
      await labels.applyToChat(principalOf(request).accountId, labelId, chatId);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/v1/business/labels/:labelId/chats/:chatId',
    { schema: { params: LabelChatParams } },
    async (request, reply) => {
      const { labelId, chatId } = request.params;
      await labels.removeFromChat(principalOf(request).accountId, labelId, chatId);
      return reply.status(204).send();
    },
  );

  app.put(
    '/v1/business/labels/:labelId/contacts/:phone',
    { schema: { params: LabelContactParams } },
    async (request, reply) => {
      const { labelId, phone } = request.params;
      await labels.applyToContact(principalOf(request).accountId, labelId, phone);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/v1/business/labels/:labelId/contacts/:phone',
    { schema: { params: LabelContactParams } },
    async (request, reply) => {
      const { labelId, phone } = request.params;
      await labels.removeFromContact(principalOf(request).accountId, labelId, phone);
      return reply.status(204).send();
    },
  );
}
