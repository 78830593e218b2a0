import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { call } from '../../../test-support/accounts-api.js';
import { signIn } from '../../../test-support/catalog-api.js';
import { assertGraphError, createGraphTenant, type GraphTenant } from '../../../test-support/graph-tenant.js';
import { assertMetaResponse } from '../../../test-support/meta-openapi.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';

const META_PATH = '/{Version}/{Phone-Number-ID}/whatsapp_business_profile';

describe('Graph /{PNID}/whatsapp_business_profile', () => {
  let server: TestServer;
  let acme: GraphTenant;
  let other: GraphTenant;

  before(async () => {
    server = await startTestServer();
    acme = await createGraphTenant(server.parley, { name: 'Acme Shop' });
    other = await createGraphTenant(server.parley, { name: 'Other Shop' });
  });
  after(() => server.close());

  const profile = (query = '', token = acme.token) =>
    call(server.url, 'GET', `/v23.0/${acme.phoneNumberId}/whatsapp_business_profile${query}`, { token });
  const update = (body: Record<string, unknown>, token = acme.token) =>
    call(server.url, 'POST', `/v23.0/${acme.phoneNumberId}/whatsapp_business_profile`, {
      token,
      body: { messaging_product: 'whatsapp', ...body },
    });

  test('a new number shows only its vertical; unset fields are left out', async () => {
    const reply = await profile();
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.deepEqual(reply.body, { data: [{ vertical: 'UNDEFINED', messaging_product: 'whatsapp' }] });
    assertMetaResponse({ method: 'get', path: META_PATH, status: 200, body: reply.body });
  });

  test('POST changes only the fields sent, and people see the profile through the client API', async () => {
    const set = await update({
      about: 'Fresh bread daily',
      address: '1 Main St',
      description: 'A bakery',
      email: 'hello@acme.example',
      websites: ['https://acme.example'],
      vertical: 'RETAIL',
    });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.deepEqual(set.body, { success: true });
    assertMetaResponse({ method: 'post', path: META_PATH, status: 200, body: set.body });
    assert.deepEqual((await update({ description: 'A bakery and café' })).body, { success: true });

    const reply = await profile();
    assert.deepEqual(reply.body.data[0], {
      about: 'Fresh bread daily',
      address: '1 Main St',
      description: 'A bakery and café',
      email: 'hello@acme.example',
      websites: ['https://acme.example'],
      vertical: 'RETAIL',
      messaging_product: 'whatsapp',
    });
    const picked = await profile('?fields=about,email');
    assert.deepEqual(picked.body.data[0], {
      about: 'Fresh bread daily',
      email: 'hello@acme.example',
      messaging_product: 'whatsapp',
    });

    const person = await signIn(server.url, 4101);
    const seen = await call(server.url, 'GET', `/v1/accounts/${acme.accountId}/business-profile`, {
      token: person.token,
    });
    assert.equal(seen.status, 200, JSON.stringify(seen.body));
    assert.equal(seen.body.description, 'A bakery and café');
    assert.equal(seen.body.category, 'RETAIL');
    const account = await call(server.url, 'GET', `/v1/accounts/${acme.accountId}`, { token: person.token });
    assert.equal(account.status, 200, JSON.stringify(account.body));
    assert.equal(account.body.about, 'Fresh bread daily');
  });

  test('profile_picture_handle takes a Graph media id and shows as profile_picture_url', async () => {
    const logo = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#a37' } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', 'image/png');
    form.set('file', new Blob([new Uint8Array(logo)], { type: 'image/png' }), 'logo.png');
    const uploaded = await fetch(`${server.url}/v23.0/${acme.phoneNumberId}/media`, {
      method: 'POST',
      headers: { authorization: `Bearer ${acme.token}` },
      body: form,
    });
    assert.equal(uploaded.status, 200, await uploaded.clone().text());
    const { id } = (await uploaded.json()) as { id: string };
    assert.deepEqual((await update({ profile_picture_handle: id })).body, { success: true });
    const shown = await profile('?fields=profile_picture_url');
    assert.match(shown.body.data[0].profile_picture_url, /^http:\/\/.+\/v1\/media\/[\w-]+$/);
    assertGraphError(await update({ profile_picture_handle: id, about: '' }), 400, 131009);
  });

  test('values outside the limits are refused and change nothing', async () => {
    assertGraphError(await update({ about: 'x'.repeat(140) }), 400, 131009);
    assertGraphError(await update({ description: 'x'.repeat(513) }), 400, 131009);
    assertGraphError(await update({ email: 'not an email' }), 400, 131009);
    assertGraphError(
      await update({ websites: ['https://a.example', 'https://b.example', 'https://c.example'] }),
      400,
      131009,
    );
    assertGraphError(await update({ websites: ['ftp://a.example'] }), 400, 131009);
    assertGraphError(await update({ vertical: 'SPACESHIPS' }), 400, 131009);
    assertGraphError(await update({ profile_picture_handle: '7000000000000000' }), 400, 131009);
    assertGraphError(await update({ colour: 'red' }), 400, 100);
    assertGraphError(
      await call(server.url, 'POST', `/v23.0/${acme.phoneNumberId}/whatsapp_business_profile`, {
        token: acme.token,
        body: { about: 'no product' },
      }),
      400,
      131008,
    );
    assert.equal((await profile('?fields=email')).body.data[0].email, 'hello@acme.example');
  });

  test('a foreign number is unknown; a messaging-only token lacks the permission', async () => {
    assertGraphError(
      await call(server.url, 'GET', `/v23.0/${other.phoneNumberId}/whatsapp_business_profile`, {
        token: acme.token,
      }),
      400,
      100,
      33,
    );
    assertGraphError(
      await call(server.url, 'POST', `/v23.0/${other.phoneNumberId}/whatsapp_business_profile`, {
        token: acme.token,
        body: { messaging_product: 'whatsapp', about: 'hijack' },
      }),
      400,
      100,
      33,
    );
    const sender = await createGraphTenant(server.parley, {
      name: 'Sender Shop',
      permissions: ['whatsapp_business_messaging'],
    });
    assertGraphError(
      await call(server.url, 'GET', `/v23.0/${sender.phoneNumberId}/whatsapp_business_profile`, {
        token: sender.token,
      }),
      403,
      200,
    );
  });
});
