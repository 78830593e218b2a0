import {
  AddMembersBody,
  ChatDetailsView,
  ChatIdParams,
  ChatMemberParams,
  ChatSettingsView,
  ChatSummaryView,
  ChatView,
  CreateGroupBody,
  InviteParams,
  InvitePreviewView,
  InviteView,
  OpenDirectBody,
  UpdateGroupBody,
  UpdateSettingsBody,
} from '@parley/contracts';
import { Type } from '@sinclair/typebox';
import type { Parley } from '../../compose.js';
import { chatSummaryView, chatView } from '../../views.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';

/** Direct chats, groups, invite links and each member's chat settings. */
export function registerChatRoutes(app: App, parley: Parley): void {
  const { chats } = parley;

  app.get(
    '/v1/chats',
    { schema: { response: { 200: Type.Object({ chats: Type.Array(ChatSummaryView) }) } } },
    async (request) => {
      const { accountId } = principalOf(request);
      return { chats: (await chats.list(accountId)).map(chatSummaryView) };
    },
  );

  app.post(
    '/v1/chats/direct',
    { schema: { body: OpenDirectBody, response: { 200: ChatView } } },
    async (request) => {
      const { accountId } = principalOf(request);
      return chatView(await chats.openDirect(accountId, request.body.accountId));
    },
  );

  app.get(
    '/v1/chats/:chatId',
    { schema: { params: ChatIdParams, response: { 200: ChatDetailsView } } },
    async (request) => {
      const { accountId } = principalOf(request);
      const { chat, member, members, settings } = await chats.get(accountId, request.params.chatId);
      return {
        chat: chatView(chat),
        members: members.map((m) => ({ accountId: m.accountId, role: m.role })),
        settings,
        inviteCode: member.role === 'admin' ? chat.inviteCode : null,
      };
    },
  );

  app.patch(
    '/v1/chats/:chatId/settings',
    { schema: { params: ChatIdParams, body: UpdateSettingsBody, response: { 200: ChatSettingsView } } },
    async (request) => {
      const { accountId } = principalOf(request);
      const { pinned, ...rest } = request.body;
      const pinnedAt = pinned === undefined ? {} : { pinnedAt: pinned ? parley.clock.now() : null };
      return chats.updateSettings(accountId, request.params.chatId, { ...rest, ...pinnedAt });
    },
  );

  app.post(
    '/v1/groups',
    { schema: { body: CreateGroupBody, response: { 201: ChatView } } },
    async (request, reply) => {
      const { accountId } = principalOf(request);
      return reply.status(201).send(chatView(await chats.createGroup(accountId, request.body)));
    },
  );

  app.patch(
    '/v1/groups/:chatId',
    { schema: { params: ChatIdParams, body: UpdateGroupBody } },
    async (request, reply) => {
      await chats.updateGroup(principalOf(request).accountId, request.params.chatId, request.body);
      return reply.status(204).send();
    },
  );

  app.post(
    '/v1/groups/:chatId/members',
    { schema: { params: ChatIdParams, body: AddMembersBody } },
    async (request, reply) => {
      await chats.addMembers(principalOf(request).accountId, request.params.chatId, request.body.accountIds);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/v1/groups/:chatId/members/:accountId',
    { schema: { params: ChatMemberParams } },
    async (request, reply) => {
      await chats.removeMember(
        principalOf(request).accountId,
        request.params.chatId,
        request.params.accountId,
      );
      return reply.status(204).send();
    },
  );

  app.post('/v1/groups/:chatId/leave', { schema: { params: ChatIdParams } }, async (request, reply) => {
    const { accountId } = principalOf(request);
    await chats.removeMember(accountId, request.params.chatId, accountId);
    return reply.status(204).send();
  });

  app.put(
    '/v1/groups/:chatId/admins/:accountId',
    { schema: { params: ChatMemberParams } },
    async (request, reply) => {
      await chats.setAdmin(
        principalOf(request).accountId,
        request.params.chatId,
        request.params.accountId,
        true,
      );
      return reply.status(204).send();
    },
  );

  app.delete(
    '/v1/groups/:chatId/admins/:accountId',
    { schema: { params: ChatMemberParams } },
    async (request, reply) => {
      await chats.setAdmin(
        principalOf(request).accountId,
        request.params.chatId,
        request.params.accountId,
        false,
      );
      return reply.status(204).send();
    },
  );

  app.post(
    '/v1/groups/:chatId/invite',
    { schema: { params: ChatIdParams, response: { 200: InviteView } } },
    async (request) => {
      const inviteCode = await chats.resetInvite(principalOf(request).accountId, request.params.chatId);
      return { inviteCode, path: `/invite/${inviteCode}` };
    },
  );

  app.delete('/v1/groups/:chatId/invite', { schema: { params: ChatIdParams } }, async (request, reply) => {
    await chats.revokeInvite(principalOf(request).accountId, request.params.chatId);
    return reply.status(204).send();
  });

  app.get(
    '/v1/invites/:inviteCode',
    { schema: { params: InviteParams, response: { 200: InvitePreviewView } } },
    async (request) => {
      principalOf(request);
      return chats.previewInvite(request.params.inviteCode);
    },
  );

  app.post(
    '/v1/invites/:inviteCode/join',
    { schema: { params: InviteParams, response: { 200: ChatView } } },
    async (request) => {
      return chatView(await chats.joinByInvite(principalOf(request).accountId, request.params.inviteCode));
    },
  );
}
