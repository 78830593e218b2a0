import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ParleyApiError } from '@parley/sdk';
import { signUp } from '../../test-support/clients.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

type Details = { members: { accountId: string; role: string }[]; inviteCode: string | null };
type Summary = {
  chat: { id: string };
  peerId: string | null;
  active: boolean;
  unreadCount: number;
  settings: { archived: boolean; pinnedAt: number | null; mutedUntil: number | null };
};

const refused = (status: number, code: string) => (error: unknown) =>
  error instanceof ParleyApiError && error.status === status && error.code === code;

describe('chat and group routes', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  test('a direct chat is one per pair, whoever opens it', async () => {
    const [a, b] = await Promise.all([signUp(server.url), signUp(server.url)]);
    const first = await a.client.openDirectChat(b.accountId);
    const second = await b.client.openDirectChat(a.accountId);
    assert.equal(second.id, first.id);
    await assert.rejects(a.client.openDirectChat(a.accountId), refused(400, 'invalid_argument'));
    await assert.rejects(a.client.openDirectChat('no-such-account'), refused(404, 'not_found'));
  });

  test('admins manage members and admins; members cannot', async () => {
    const [owner, m1, m2, m3] = await Promise.all([1, 2, 3, 4].map(() => signUp(server.url)));
    const group = await owner!.client.createGroup('Crew', [m1!.accountId]);
    const path = `/v1/groups/${group.id}`;

    await assert.rejects(
      m1!.client.request('POST', `${path}/members`, { accountIds: [m2!.accountId] }),
      refused(403, 'forbidden'),
    );
    await owner!.client.request('POST', `${path}/members`, { accountIds: [m2!.accountId, m3!.accountId] });
    await owner!.client.request('PUT', `${path}/admins/${m1!.accountId}`);
    await m1!.client.request('DELETE', `${path}/members/${m3!.accountId}`);
    await assert.rejects(
      m1!.client.request('DELETE', `${path}/admins/${owner!.accountId}`),
      refused(403, 'forbidden'),
    );
    await m1!.client.request('PATCH', path, { subject: 'Crew 2', description: 'Who we are' });

    const details = await owner!.client.request<Details & { chat: { subject: string } }>(
      'GET',
      `/v1/chats/${group.id}`,
    );
    assert.equal(details.chat.subject, 'Crew 2');
    const roles = Object.fromEntries(details.members.map((m) => [m.accountId, m.role]));
    assert.deepEqual(roles, {
      [owner!.accountId]: 'admin',
      [m1!.accountId]: 'admin',
      [m2!.accountId]: 'member',
    });

    // The removed member keeps the chat, read-only, with history up to their removal.
    await owner!.client.request('POST', `/v1/chats/${group.id}/messages`, {
      type: 'text',
      content: { body: 'after' },
    });
    const m3History = await m3!.client.history(group.id);
    assert.equal((m3History.messages[0]?.content as { event?: string }).event, 'member_removed');
    const m3Chats = await m3!.client.request<{ chats: Summary[] }>('GET', '/v1/chats');
    assert.equal(m3Chats.chats.find((c) => c.chat.id === group.id)?.active, false);
    assert.equal(m3Chats.chats.find((c) => c.chat.id === group.id)?.peerId, null);
    await assert.rejects(
      m3!.client.request('POST', `/v1/chats/${group.id}/messages`, { type: 'text', content: { body: 'hi' } }),
      refused(403, 'forbidden'),
    );

    // Leaving is removing yourself; the history tells everyone what happened.
    await m2!.client.request('POST', `${path}/leave`);
    const history = await owner!.client.history(group.id, { limit: 50 });
    const events = history.messages
      .filter((m) => m.type === 'system')
      .map((m) => (m.content as { event: string }).event)
      .reverse();
    assert.deepEqual(events, [
      'group_created',
      'members_added',
      'admin_promoted',
      'member_removed',
      'subject_changed',
      'description_changed',
      'member_left',
    ]);
  });

  test('invite links join, preview, and stop working when revoked or reset', async () => {
    const [owner, guest, late] = await Promise.all([1, 2, 3].map(() => signUp(server.url)));
    const group = await owner!.client.createGroup('Open house', []);
    const { inviteCode } = await owner!.client.request<{ inviteCode: string }>(
      'POST',
      `/v1/groups/${group.id}/invite`,
    );
    const preview = await guest!.client.request<{ subject: string; size: number }>(
      'GET',
      `/v1/invites/${inviteCode}`,
    );
    assert.deepEqual([preview.subject, preview.size], ['Open house', 1]);
    await guest!.client.request('POST', `/v1/invites/${inviteCode}/join`);
    const details = await guest!.client.request<Details>('GET', `/v1/chats/${group.id}`);
    assert.equal(details.members.length, 2);
    assert.equal(details.inviteCode, null, 'only admins see the code');

    const { inviteCode: fresh } = await owner!.client.request<{ inviteCode: string }>(
      'POST',
      `/v1/groups/${group.id}/invite`,
    );
    await assert.rejects(
      late!.client.request('POST', `/v1/invites/${inviteCode}/join`),
      refused(404, 'not_found'),
    );
    await owner!.client.request('DELETE', `/v1/groups/${group.id}/invite`);
    await assert.rejects(
      late!.client.request('POST', `/v1/invites/${fresh}/join`),
      refused(404, 'not_found'),
    );
  });

  test('mute, archive and pin are per member, with at most three pins', async () => {
    const [me, ...others] = await Promise.all([1, 2, 3, 4, 5].map(() => signUp(server.url)));
    const chats = await Promise.all(others.map((o) => me!.client.openDirectChat(o.accountId)));
    const settings = (chatId: string, body: object) =>
      me!.client.request<Summary['settings']>('PATCH', `/v1/chats/${chatId}/settings`, body);

    const muted = await settings(chats[0]!.id, { mutedUntil: 4_102_444_800_000, archived: true });
    assert.equal(muted.archived, true);
    for (const chat of chats.slice(0, 3)) await settings(chat.id, { pinned: true });
    await assert.rejects(settings(chats[3]!.id, { pinned: true }), refused(422, 'limit_exceeded'));
    await settings(chats[0]!.id, { pinned: false });
    await settings(chats[3]!.id, { pinned: true });

    const theirs = await others[0]!.client.request<{ chats: Summary[] }>('GET', '/v1/chats');
    assert.deepEqual(theirs.chats[0]?.settings, { mutedUntil: null, archived: false, pinnedAt: null });
    await assert.rejects(settings(chats[0]!.id, {}), refused(400, 'invalid_argument'));
  });

  test('the chat list counts unread messages until the chat is read', async () => {
    const [a, b] = await Promise.all([signUp(server.url), signUp(server.url)]);
    const chat = await a.client.openDirectChat(b.accountId);
    for (const body of ['one', 'two', 'three']) {
      await a.client.request('POST', `/v1/chats/${chat.id}/messages`, { type: 'text', content: { body } });
    }
    const unread = async () =>
      (await b.client.request<{ chats: Summary[] }>('GET', '/v1/chats')).chats.find(
        (c) => c.chat.id === chat.id,
      )?.unreadCount;
    assert.equal(await unread(), 3);
    const peerIn = async (client: typeof a.client) =>
      (await client.request<{ chats: Summary[] }>('GET', '/v1/chats')).chats.find(
        (c) => c.chat.id === chat.id,
      )?.peerId;
    assert.equal(await peerIn(a.client), b.accountId);
    assert.equal(await peerIn(b.client), a.accountId);
    await b.client.request('POST', `/v1/chats/${chat.id}/read`, { seq: 2 });
    assert.equal(await unread(), 1);
  });
});
