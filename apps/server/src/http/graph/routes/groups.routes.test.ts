import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { call, phone, type Reply } from '../../../test-support/accounts-api.js';
import { signIn, type Session } from '../../../test-support/catalog-api.js';
import { eventually } from '../../../test-support/clients.js';
import { assertGraphError, createGraphTenant, type GraphTenant } from '../../../test-support/graph-tenant.js';
import { assertMetaResponse, assertMetaWebhook } from '../../../test-support/meta-openapi.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { fromGroupId, isGroupId, toGroupId } from '../group-id.js';

interface GroupItem {
  type: string;
  group_id: string;
  request_id?: string;
  invite_link?: string;
  subject?: string;
  added_participants?: { input: string; wa_id: string }[];
  removed_participants?: { input: string; wa_id: string }[];
}

test('group ids name their number and chat and look like Meta’s', () => {
  const id = toGroupId('3123456789012345', 'AbC-d_e123');
  assert.ok(id.startsWith('Y2FwaV9ncm91'), id);
  assert.ok(isGroupId(id));
  assert.deepEqual(fromGroupId(id), { numberId: '3123456789012345', chatId: 'AbC-d_e123' });
  assert.equal(fromGroupId('3123456789012345'), undefined);
  assert.equal(fromGroupId(Buffer.from('capi_group:x:y').toString('base64url')), undefined);
});

describe('Graph Groups API', () => {
  let server: TestServer;
  let acme: GraphTenant;
  let other: GraphTenant;
  let hook: Server;
  const received: { field: string; item: GroupItem; body: unknown }[] = [];

  before(async () => {
    server = await startTestServer();
    acme = await createGraphTenant(server.parley, { name: 'Acme Shop' });
    other = await createGraphTenant(server.parley, { name: 'Other Shop' });
    hook = createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        const body = JSON.parse(raw) as {
          entry: { changes: { field: string; value: { groups: GroupItem[] } }[] }[];
        };
        for (const entry of body.entry) {
          for (const change of entry.changes) {
            for (const item of change.value.groups ?? []) received.push({ field: change.field, item, body });
          }
        }
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
    await server.parley.platform.setWebhook(acme.appId, {
      callbackUrl: url,
      verifyToken: 't',
      // Apps receive only the fields they subscribed to (contract 5.7).
      fields: ['messages', 'group_lifecycle_update', 'group_participants_update', 'group_settings_update'],
    });
  });
  after(async () => {
    await server.close();
    await new Promise<void>((resolve) => hook.close(() => resolve()));
  });

  const graph = (method: string, path: string, body?: unknown, token = acme.token): Promise<Reply> =>
    call(server.url, method, `/v23.0/${path}`, { token, body });
  const webhook = async (type: string, groupId?: string) => {
    await eventually(
      () =>
        received.some((r) => r.item.type === type && (groupId === undefined || r.item.group_id === groupId)),
      5000,
      type,
    );
    return received.find(
      (r) => r.item.type === type && (groupId === undefined || r.item.group_id === groupId),
    )!;
  };

  /** Creates a group and resolves with its id and invite link from the lifecycle webhook. */
  async function createGroup(subject: string): Promise<{ id: string; inviteLink: string }> {
    const reply = await graph('POST', `${acme.phoneNumberId}/groups`, {
      messaging_product: 'whatsapp',
      subject,
      description: 'Ask us anything',
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.equal(reply.body.messaging_product, 'whatsapp');
    assert.match(reply.body.request_id, /^[0-9A-F]{32}$/);
    await eventually(
      () => received.some((r) => r.item.request_id === reply.body.request_id),
      5000,
      'group_create',
    );
    const { item, field, body } = received.find((r) => r.item.request_id === reply.body.request_id)!;
    assert.equal(field, 'group_lifecycle_update');
    assert.equal(item.type, 'group_create');
    assert.equal(item.subject, subject);
    // Meta's schema types `timestamp` as an integer while its own examples and every other
    // webhook send strings of seconds (contract 1.3); Parley sends strings. The rest must match.
    const asSchemaTypes = JSON.parse(JSON.stringify(body), (key, value) =>
      key === 'timestamp' && typeof value === 'string' ? Number(value) : value,
    );
    assertMetaWebhook(asSchemaTypes);
    return { id: item.group_id, inviteLink: item.invite_link! };
  }

  const joinByLink = async (session: Session, link: string) => {
    const code = new URL(link).pathname.split('/').pop()!;
    return call(server.url, 'POST', `/v1/invites/${code}/join`, { token: session.token });
  };

  test('create: a request id now, the group id and invite link by webhook; people join by the link', async () => {
    const { id, inviteLink } = await createGroup('Support');
    assert.ok(isGroupId(id), id);
    assert.match(inviteLink, /\/invite\/[\w-]+$/);
    const person = await signIn(server.url, 6101);
    const joined = await joinByLink(person, inviteLink);
    assert.equal(joined.status < 300, true, JSON.stringify(joined.body));

    const node = await graph('GET', id);
    assert.equal(node.status, 200, JSON.stringify(node.body));
    assert.equal(node.body.id, id);
    assert.equal(node.body.subject, 'Support');
    assert.equal(node.body.description, 'Ask us anything');
    assert.equal(node.body.join_approval_mode, 'auto_approve');
    assert.deepEqual(node.body.participants, [{ wa_id: phone(6101).slice(1) }]);
    assert.equal(node.body.total_participant_count, 1);
    assertMetaResponse({ method: 'get', path: '/{Version}/{group_id}', status: 200, body: node.body });
    const picked = await graph('GET', `${id}?fields=subject`);
    assert.deepEqual(picked.body, { id, subject: 'Support', messaging_product: 'whatsapp' });

    // Version-less paths reach the group too, as for digit ids.
    const bare = await call(server.url, 'GET', `/${id}?fields=subject`, { token: acme.token });
    assert.equal(bare.body.subject, 'Support');
  });

  test('list groups with paging; update the subject; reset and read the invite link', async () => {
    const a = await createGroup('Alpha');
    await createGroup('Beta');
    const first = await graph('GET', `${acme.phoneNumberId}/groups?limit=2`);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.data.groups.length, 2);
    assertMetaResponse({
      method: 'get',
      path: '/{Version}/{Phone-Number-ID}/groups',
      status: 200,
      body: first.body,
    });
    const next = new URL(first.body.paging.next);
    const second = await call(server.url, 'GET', `${next.pathname}${next.search}`, { token: acme.token });
    const all = [...first.body.data.groups, ...second.body.data.groups] as { id: string; subject: string }[];
    assert.ok(all.some((g) => g.id === a.id && g.subject === 'Alpha'));
    assert.equal(new Set(all.map((g) => g.id)).size, all.length);

    assert.deepEqual(
      (await graph('POST', a.id, { messaging_product: 'whatsapp', subject: 'Alpha Team' })).body,
      { success: true },
    );
    assert.equal((await graph('GET', `${a.id}?fields=subject`)).body.subject, 'Alpha Team');
    assertGraphError(
      await graph('POST', a.id, { messaging_product: 'whatsapp', subject: 'x'.repeat(129) }),
      400,
      131009,
    );

    const link = await graph('GET', `${a.id}/invite_link`);
    assert.deepEqual(link.body, { messaging_product: 'whatsapp', invite_link: a.inviteLink });
    const reset = await graph('POST', `${a.id}/invite_link`);
    assert.notEqual(reset.body.invite_link, a.inviteLink);
    const late = await signIn(server.url, 6102);
    assert.equal((await joinByLink(late, a.inviteLink)).status, 404);
    assert.equal((await joinByLink(late, reset.body.invite_link)).status < 300, true);
  });

  test('participants: add up to 8 people, remove them; delete ends the group', async () => {
    const { id } = await createGroup('Crew');
    const people = [];
    for (let n = 6111; n <= 6119; n++) people.push(await signIn(server.url, n));
    const added = await graph('POST', `${id}/participants`, {
      messaging_product: 'whatsapp',
      participants: [6111, 6112, 6113, 6114, 6115, 6116, 6117, 6118].map((n) => ({ user: phone(n) })),
    });
    assert.equal(added.status, 200, JSON.stringify(added.body));
    assert.equal(added.body.added_participants.length, 8);
    assertGraphError(
      await graph('POST', `${id}/participants`, {
        messaging_product: 'whatsapp',
        participants: Array.from({ length: 9 }, (_, i) => ({ user: phone(6111 + i) })),
      }),
      400,
      131009,
    );
    const full = await graph('POST', `${id}/participants`, {
      messaging_product: 'whatsapp',
      participants: [{ user: phone(6119) }],
    });
    assert.equal(full.body.success, false);
    assert.equal(full.body.failed_participants[0].errors[0].code, 131203);
    assert.equal(
      (await graph('GET', `${id}?fields=total_participant_count`)).body.total_participant_count,
      8,
    );
    await webhook('group_participants_add');

    const removed = await graph('DELETE', `${id}/participants`, {
      messaging_product: 'whatsapp',
      participants: [{ user: phone(6111) }],
    });
    assert.deepEqual(removed.body.removed_participants, [
      { input: phone(6111), wa_id: phone(6111).slice(1) },
    ]);
    assert.equal(
      (await graph('GET', `${id}?fields=total_participant_count`)).body.total_participant_count,
      7,
    );

    assert.deepEqual((await graph('DELETE', id)).body, { success: true });
    const gone = await webhook('group_delete', id);
    assert.equal(gone.field, 'group_lifecycle_update');
    assertGraphError(await graph('GET', id), 400, 100, 33);
    const chat = await call(server.url, 'GET', `/v1/chats`, { token: people[1]!.token });
    assert.equal(chat.status, 200);
  });

  test('refusals: bad bodies, foreign and forged group ids, foreign numbers, permissions', async () => {
    const { id } = await createGroup('Private');
    assertGraphError(
      await graph('POST', `${acme.phoneNumberId}/groups`, { messaging_product: 'whatsapp' }),
      400,
      131008,
    );
    assertGraphError(
      await graph('POST', `${acme.phoneNumberId}/groups`, {
        messaging_product: 'whatsapp',
        subject: 's',
        join_approval_mode: 'maybe',
      }),
      400,
      131009,
    );
    assertGraphError(
      await graph('POST', `${other.phoneNumberId}/groups`, { messaging_product: 'whatsapp', subject: 's' }),
      400,
      100,
      33,
    );
    assertGraphError(await graph('GET', `${other.phoneNumberId}/groups`), 400, 100, 33);
    assertGraphError(await graph('GET', id, undefined, other.token), 400, 100, 33);
    assertGraphError(await graph('DELETE', id, undefined, other.token), 400, 100, 33);
    assertGraphError(await graph('GET', `${id}/invite_link`, undefined, other.token), 400, 100, 33);
    // A forged id naming acme's number and someone else's chat is as unknown as any other.
    const forged = toGroupId(
      acme.phoneNumberId,
      fromGroupId(id)!.chatId.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
    );
    assertGraphError(await graph('GET', forged), 400, 100, 33);
    const manager = await createGraphTenant(server.parley, {
      name: 'Manager Shop',
      permissions: ['whatsapp_business_management'],
    });
    assertGraphError(
      await graph(
        'POST',
        `${manager.phoneNumberId}/groups`,
        { messaging_product: 'whatsapp', subject: 's' },
        manager.token,
      ),
      403,
      200,
    );
  });
});
