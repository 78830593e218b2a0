import {
  ChatIdParams,
  HideBody,
  HistoryQuery,
  HistoryView,
  MessageInfoView,
  MessageParams,
  MessageView,
  ReadBody,
  SendMessageBody,
} from '@parley/contracts';
import type { Parley } from '../../compose.js';
import { messageView } from '../../views.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';

const DEFAULT_PAGE = 50;

/** The REST twin of the WebSocket send and receipt frames, plus history and message info. */
export function registerMessageRoutes(app: App, parley: Parley): void {
  const { messaging } = parley;

  app.post(
    '/v1/chats/:chatId/messages',
    { schema: { params: ChatIdParams, body: SendMessageBody, response: { 201: MessageView } } },
    async (request, reply) => {
      const { accountId, deviceId } = principalOf(request);
      const message = await messaging.send(
        { accountId, deviceId },
        { ...request.body, chatId: request.params.chatId },
      );
      return reply.status(201).send(messageView(message));
    },
  );

  app.get(
    '/v1/chats/:chatId/messages',
    { schema: { params: ChatIdParams, querystring: HistoryQuery, response: { 200: HistoryView } } },
    async (request) => {
      const { accountId } = principalOf(request);
      const { before, after, limit = DEFAULT_PAGE } = request.query;
      if (after !== undefined) {
        const messages = await messaging.after(accountId, request.params.chatId, after, limit);
        return { messages: messages.map(messageView), reactions: [] };
      }
      const page = await messaging.history(accountId, request.params.chatId, before, limit);
      return { messages: page.messages.map(messageView), reactions: page.reactions };
    },
  );

  app.post(
    '/v1/chats/:chatId/read',
    { schema: { params: ChatIdParams, body: ReadBody } },
    async (request, reply) => {
      await messaging.acknowledge(
        principalOf(request).accountId,
        request.params.chatId,
        'read',
        request.body.seq,
      );
      return reply.status(204).send();
    },
  );

  app.post(
    '/v1/chats/:chatId/messages/hide',
    { schema: { params: ChatIdParams, body: HideBody } },
    async (request, reply) => {
      await messaging.hide(principalOf(request).accountId, request.params.chatId, request.body.messageIds);
      return reply.status(204).send();
    },
  );

  app.get(
    '/v1/chats/:chatId/messages/:messageId/info',
    { schema: { params: MessageParams, response: { 200: MessageInfoView } } },
    async (request) => {
      const { chatId, messageId } = request.params;
      return { receipts: await messaging.info(principalOf(request).accountId, chatId, messageId) };
    },
  );
}
