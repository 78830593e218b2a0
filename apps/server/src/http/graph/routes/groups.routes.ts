import { GraphCreateGroupBody, GraphGroupParticipantsBody, GraphUpdateGroupBody } from '@parley/contracts';
import {
  groupCursor,
  isPlatformError,
  PlatformError,
  unknownObject,
  type Participant,
  type PlatformGroup,
  type PlatformNumber,
} from '@parley/core';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { graphPrincipalOf } from '../graph-auth.js';
import { selectFields } from '../graph-fields.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, graphPage } from '../graph-paging.js';
import type { GraphContext } from '../graph-context.js';
import { fromGroupId, toGroupId } from '../group-id.js';

const MESSAGING = 'whatsapp_business_messaging' as const;
const Params = Type.Object({ id: Type.String() });
const tags = ['Graph: groups'];
const GROUP_FIELDS = [
  'subject',
  'description',
  'participants',
  'join_approval_mode',
  'suspended',
  'creation_timestamp',
  'total_participant_count',
];

const seconds = (ms: number) => Math.floor(ms / 1000);
const participantView = ({ input, waId }: Participant) => ({ input, wa_id: waId });
const failedView = (failed: readonly (Participant & { error: PlatformError })[]) =>
  failed.map((f) => ({
    ...participantView(f),
    errors: [{ code: f.error.graphCode, message: f.error.title, error_data: { details: f.error.message } }],
  }));

/**
 * The Groups API (contract 10.1) over Parley's group chats. Group ids name their number and chat
 * (`group-id.ts`); creating answers a `request_id` and the id and invite link follow in the
 * `group_lifecycle_update` webhook. `join_approval_mode` is stored and shown, but Parley's invite
 * links always admit at once (join requests are not implemented).
 */
export function registerGroupRoutes({ graph, parley, nodes }: GraphContext): void {
  const { platform, platformManagement } = parley;
  const { groups, inviteLink } = platformManagement;

  /** The caller's live group behind a group id; anything else is 100/33 with that id. */
  async function groupOf(
    request: FastifyRequest,
    id: string,
  ): Promise<{ number: PlatformNumber; group: PlatformGroup }> {
    const named = fromGroupId(id);
    if (named === undefined) throw unknownObject(id);
    let number: PlatformNumber;
    try {
      number = await platform.accessNumber(graphPrincipalOf(request), named.numberId, MESSAGING);
    } catch (error) {
      if (isPlatformError(error) && error.details?.unknownObject === true) throw unknownObject(id);
      throw error;
    }
    const group = await groups.groupOf(number, named.chatId);
    if (group === undefined) throw unknownObject(id);
    return { number, group };
  }

  graph.post(
    '/:id/groups',
    {
      schema: {
        summary: 'Create a group (its id arrives by webhook)',
        tags,
        params: Params,
        body: GraphCreateGroupBody,
      },
    },
    async (request) => {
      const number = await platform.accessNumber(graphPrincipalOf(request), request.params.id, MESSAGING);
      const { requestId } = await groups.create(number, {
        subject: request.body.subject,
        ...(request.body.description !== undefined && { description: request.body.description }),
        ...(request.body.join_approval_mode !== undefined && {
          joinApprovalMode: request.body.join_approval_mode,
        }),
      });
      return { messaging_product: 'whatsapp', request_id: requestId };
    },
  );

  graph.get(
    '/:id/groups',
    {
      schema: {
        summary: "The number's active groups",
        tags,
        params: Params,
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1024 })),
            after: Type.Optional(Type.String({ maxLength: 512 })),
            before: Type.Optional(Type.String({ maxLength: 512 })),
          },
          { additionalProperties: true },
        ),
      },
    },
    async (request) => {
      const number = await platform.accessNumber(graphPrincipalOf(request), request.params.id, MESSAGING);
      const limit = request.query.limit ?? DEFAULT_PAGE_SIZE;
      const rows = await groups.list(number, { limit, after: decodeCursor(request.query.after) });
      const subjects = new Map<string, string>();
      for (const row of rows.slice(0, limit))
        subjects.set(row.chatId, (await groups.chat(number, row)).subject ?? '');
      const page = graphPage(request, rows, limit, groupCursor, (row) => ({
        id: toGroupId(number.id, row.chatId),
        subject: subjects.get(row.chatId) ?? '',
        created_at: String(seconds(row.createdAt)),
      }));
      return { data: { groups: page.data }, ...(page.paging !== undefined && { paging: page.paging }) };
    },
  );

  nodes.on('group', 'GET', async (id, request) => {
    const { number, group } = await groupOf(request, id);
    const { chat, participants } = await groups.info(number, group);
    const node = {
      id,
      messaging_product: 'whatsapp',
      subject: chat.subject ?? '',
      description: chat.description ?? undefined,
      participants: participants.map((p) => ({ wa_id: p.waId })),
      join_approval_mode: group.joinApprovalMode,
      suspended: false,
      creation_timestamp: seconds(group.createdAt),
      total_participant_count: participants.length,
    };
    return {
      ...selectFields(node, (request.query as { fields?: unknown }).fields, GROUP_FIELDS),
      messaging_product: 'whatsapp',
    };
  });

  nodes.on('group', 'POST', async (id, request) => {
    const { number, group } = await groupOf(request, id);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const unknown = Object.keys(body).find((key) => !(key in GraphUpdateGroupBody.properties));
    if (unknown !== undefined)
      throw new PlatformError(100, `Unexpected key "${unknown}" on param "request".`);
    const patch: { subject?: string; description?: string } = {};
    for (const [key, max] of [
      ['subject', 128],
      ['description', 2048],
    ] as const) {
      const value = body[key];
      if (value === undefined) continue;
      if (typeof value !== 'string' || value.length > max || (key === 'subject' && value.trim() === '')) {
        throw new PlatformError(131009, `Param ${key} must be a string of at most ${max} characters.`);
      }
      patch[key] = key === 'subject' ? value.trim() : value;
    }
    if (Object.keys(patch).length > 0) await groups.update(number, group, patch);
    return { success: true };
  });

  nodes.on('group', 'DELETE', async (id, request) => {
    const { number, group } = await groupOf(request, id);
    await groups.delete(number, group);
    return { success: true };
  });

  const linkAnswer = (code: string) => ({ messaging_product: 'whatsapp', invite_link: inviteLink(code) });

  graph.get(
    '/:id/invite_link',
    { schema: { summary: "A group's invite link", tags, params: Params } },
    async (request) => {
      const { number, group } = await groupOf(request, request.params.id);
      return linkAnswer(await groups.inviteCode(number, group));
    },
  );
  graph.post(
    '/:id/invite_link',
    { schema: { summary: "Reset a group's invite link; the old one stops working", tags, params: Params } },
    async (request) => {
      const { number, group } = await groupOf(request, request.params.id);
      return linkAnswer(await groups.resetInviteCode(number, group));
    },
  );
  graph.delete(
    '/:id/invite_link',
    { schema: { summary: "Delete a group's invite link", tags, params: Params } },
    async (request) => {
      const { number, group } = await groupOf(request, request.params.id);
      await groups.revokeInviteCode(number, group);
      return { success: true };
    },
  );

  graph.post(
    '/:id/participants',
    {
      schema: {
        summary: 'Add people to a group (at most 8)',
        tags,
        params: Params,
        body: GraphGroupParticipantsBody,
      },
    },
    async (request) => {
      const { number, group } = await groupOf(request, request.params.id);
      const users = request.body.participants.map((p) => p.user);
      const { added, failed } = await groups.addParticipants(number, group, users);
      return {
        messaging_product: 'whatsapp',
        success: failed.length === 0,
        added_participants: added.map(participantView),
        ...(failed.length > 0 && { failed_participants: failedView(failed) }),
      };
    },
  );

  graph.delete(
    '/:id/participants',
    {
      schema: {
        summary: 'Remove people from a group; the invite link is reset so they cannot rejoin by it',
        tags,
        params: Params,
        body: GraphGroupParticipantsBody,
      },
    },
    async (request) => {
      const { number, group } = await groupOf(request, request.params.id);
      const users = request.body.participants.map((p) => p.user);
      const { removed, failed } = await groups.removeParticipants(number, group, users);
      return {
        messaging_product: 'whatsapp',
        success: failed.length === 0,
        removed_participants: removed.map(participantView),
        ...(failed.length > 0 && { failed_participants: failedView(failed) }),
      };
    },
  );
}
