import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { ConfigError, loadConfig } from '../../../config.js';
import { assertRefused, call, ManualClock, phone, type Reply } from '../../../test-support/accounts-api.js';
import { signIn } from '../../../test-support/catalog-api.js';
import { eventually } from '../../../test-support/clients.js';
import { assertGraphError, createGraphTenant, type GraphTenant } from '../../../test-support/graph-tenant.js';
import {
  assertMetaResponse,
  assertMetaSchema,
  META_OPENAPI_PATH,
} from '../../../test-support/meta-openapi.js';
import { startTestServer, TEST_OPERATOR_TOKEN, type TestServer } from '../../../test-support/test-server.js';
import {
  changesOf,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../../test-support/webhook-receiver.js';

const LIST_PATH = '/{Version}/{WABA-ID}/message_templates';
const NODE_PATH = '/{Version}/{TEMPLATE_ID}';
const DAY = 24 * 60 * 60 * 1000;

type Payload = Record<string, unknown>;

const marketing = (name: string, language = 'en_US'): Payload => ({
  name,
  language,
  category: 'MARKETING',
  components: [
    { type: 'HEADER', format: 'TEXT', text: 'Our {{1}} is on!', example: { header_text: ['Summer Sale'] } },
    {
      type: 'BODY',
      text: 'Shop through {{1}} with code {{2}} in every store.',
      example: { body_text: [['Aug 31', '25OFF']] },
    },
    { type: 'FOOTER', text: 'Reply STOP to opt out' },
    {
      type: 'BUTTONS',
      buttons: [
        { type: 'QUICK_REPLY', text: 'Unsubscribe' },
        { type: 'URL', text: 'Shop', url: 'https://example.com/s?p={{1}}', example: ['summer'] },
        { type: 'PHONE_NUMBER', text: 'Call', phone_number: '15550051310' },
      ],
    },
  ],
});

const utility = (
  name: string,
  body = 'Your order {{1}} has shipped and arrives soon.',
  language = 'en_US',
): Payload => ({
  name,
  language,
  category: 'UTILITY',
  components: [
    { type: 'BODY', text: body, example: { body_text: [['A-1']] } },
    { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Thanks' }] },
  ],
});

const authentication = (name: string): Payload => ({
  name,
  language: 'en_US',
  category: 'AUTHENTICATION',
  components: [
    { type: 'BODY', add_security_recommendation: true },
    { type: 'FOOTER', code_expiration_minutes: 10 },
    { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
  ],
});

/** A template send of `utility(name)` with its one body parameter. */
const templateSend = (name: string) => ({
  messaging_product: 'whatsapp',
  to: phone(71),
  type: 'template',
  template: {
    name,
    language: { code: 'en_US' },
    components: [{ type: 'body', parameters: [{ type: 'text', text: 'A-1' }] }],
  },
});

/** A Graph call with a form-encoded body, as Graph's own examples and some SDKs send it. */
async function formCall(
  url: string,
  method: string,
  path: string,
  token: string,
  form: Record<string, string>,
) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, body: await response.json() } as Reply;
}

describe('Graph message templates: /{WABA}/message_templates and /{TEMPLATE_ID}', () => {
  const clock = new ManualClock();
  let server: TestServer;
  let acme: GraphTenant;
  let other: GraphTenant;

  const templatesPath = (tenant = acme) => `/v23.0/${tenant.wabaId}/message_templates`;
  const create = (body: Payload, tenant = acme) =>
    call(server.url, 'POST', templatesPath(tenant), { token: tenant.token, body });
  const list = (query = '', tenant = acme) =>
    call(server.url, 'GET', `${templatesPath(tenant)}${query}`, { token: tenant.token });
  const node = (id: string, method = 'GET', body?: Payload, token = acme.token) =>
    call(server.url, method, `/v23.0/${id}`, { token, ...(body === undefined ? {} : { body }) });
  async function created(
    body: Payload,
    tenant = acme,
  ): Promise<{ id: string; status: string; category: string }> {
    const reply = await create(body, tenant);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assertMetaResponse({ method: 'post', path: LIST_PATH, status: 200, body: reply.body });
    return reply.body;
  }

  before(async () => {
    server = await startTestServer({ clock });
    acme = await createGraphTenant(server.parley, { name: 'Acme Shop' });
    other = await createGraphTenant(server.parley, { name: 'Other Shop' });
  });
  after(() => server.close());

  test('creates a template of each category; clean ones are approved at once in automatic review', async () => {
    const promo = await created(marketing('summer_sale'));
    assert.match(promo.id, /^\d{16}$/);
    assert.deepEqual(promo, { id: promo.id, status: 'APPROVED', category: 'MARKETING' });
    // Categories come in either case.
    assert.deepEqual(await created({ ...utility('order_shipped'), category: 'utility' }), {
      id: (await list('?name=order_shipped')).body.data[0].id,
      status: 'APPROVED',
      category: 'UTILITY',
    });
    const otp = await created(authentication('login_code'));
    assert.equal(otp.status, 'APPROVED');
    assert.equal(otp.category, 'AUTHENTICATION');
    const stored = await node(otp.id, 'GET');
    // WhatsApp writes an authentication template's text.
    assert.match(stored.body.components[0].text, /\{\{1\}\}/);

    // A form body, with the components as JSON text and the TTL as digits.
    const form = utility('form_made');
    const reply = await formCall(server.url, 'POST', templatesPath(), acme.token, {
      name: String(form.name),
      language: 'en_US',
      category: 'UTILITY',
      message_send_ttl_seconds: '600',
      allow_category_change: 'true',
      components: JSON.stringify(form.components),
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    const ttl = await node(reply.body.id, 'GET');
    assert.equal(
      (await node(`${reply.body.id}?fields=message_send_ttl_seconds`)).body.message_send_ttl_seconds,
      600,
    );
    assert.equal(ttl.body.name, 'form_made');
  });

  test('every create example of Meta’s OpenAPI is accepted, or refused with 100 when it uses a button Parley lacks', async () => {
    const shop = await createGraphTenant(server.parley, { name: 'Example Shop' });
    const document = parse(readFileSync(META_OPENAPI_PATH, 'utf8')) as {
      paths: Record<string, { post: { requestBody: { content: Record<string, { examples: object }> } } }>;
    };
    const examples = document.paths[LIST_PATH]!.post.requestBody.content['application/json']!.examples;
    const UNSUPPORTED = new Set(['FLOW', 'MPM', 'CATALOG', 'SPM', 'VOICE_CALL']);
    let accepted = 0;
    for (const [i, [title, { value }]] of (
      Object.entries(examples) as [string, { value: Payload & { components: Payload[] } }][]
    ).entries()) {
      const buttons = value.components.flatMap((c) => (c.buttons as Payload[] | undefined) ?? []);
      const unsupported = buttons.some((b) => UNSUPPORTED.has(String(b.type)));
      // Several examples share a name; names here are the example's own, made unique.
      const reply = await create({ ...value, name: `meta_example_${i}` }, shop);
      if (unsupported) {
        assertGraphError(reply, 400, 100);
        continue;
      }
      assert.equal(reply.status, 200, `${title}: ${JSON.stringify(reply.body)}`);
      assertMetaResponse({ method: 'post', path: LIST_PATH, status: 200, body: reply.body });
      assert.equal(reply.body.status, 'APPROVED', title);
      accepted += 1;
    }
    assert.ok(accepted >= 6, `only ${accepted} examples accepted`);
  });

  test('refusals carry the contract’s codes and subcodes', async () => {
    const body = (text: string, example?: unknown) => ({
      ...utility('refused'),
      components: [{ type: 'BODY', text, ...(example === undefined ? {} : { example }) }],
    });
    const cases: [string, Payload, number, number?][] = [
      ['missing name', { language: 'en_US', category: 'UTILITY', components: [] }, 131008],
      ['unknown key', { ...utility('refused'), colour: 'red' }, 100],
      ['name of the wrong type', { ...utility('refused'), name: 5 }, 131009],
      ['name with capitals', utility('Bad Name'), 100],
      ['name too long', utility('n'.repeat(513)), 100, 2388040],
      ['unknown category', { ...utility('refused'), category: 'PROMO' }, 100],
      ['body too long', body('x'.repeat(1025)), 100, 2388040],
      [
        'header too long',
        {
          ...utility('refused'),
          components: [
            { type: 'HEADER', format: 'TEXT', text: 'h'.repeat(61) },
            { type: 'BODY', text: 'Hello there' },
          ],
        },
        100,
        2388040,
      ],
      [
        'header with two variables',
        {
          ...utility('refused'),
          components: [
            {
              type: 'HEADER',
              format: 'TEXT',
              text: 'Hi {{1}} and {{2}}',
              example: { header_text: ['a', 'b'] },
            },
            { type: 'BODY', text: 'Hello there' },
          ],
        },
        100,
        2388047,
      ],
      ['no body', { ...utility('refused'), components: [{ type: 'FOOTER', text: 'Bye' }] }, 100, 2388072],
      ['body starts with a variable', body('{{1}} is your order', { body_text: [['A']] }), 100, 2388299],
      [
        'too many variables',
        body('Hi {{1}}, {{2}} or {{3}}.', { body_text: [['a', 'b', 'c']] }),
        100,
        2388293,
      ],
      [
        'footer with a variable',
        {
          ...utility('refused'),
          components: [
            { type: 'BODY', text: 'Hello there' },
            { type: 'FOOTER', text: 'Bye {{1}}' },
          ],
        },
        100,
        2388073,
      ],
      ['TTL out of range', { ...utility('refused'), message_send_ttl_seconds: 5 }, 100],
      ['components not JSON', { ...utility('refused'), components: 'nope' }, 131009],
    ];
    for (const [what, payload, code, subcode] of cases) {
      const reply = await create(payload);
      assert.doesNotThrow(() => assertGraphError(reply, 400, code, subcode), what);
      assertMetaSchema('GraphAPIError', reply.body);
    }
    await created(utility('taken_name'));
    assertGraphError(await create(utility('taken_name')), 400, 100, 2388024);
    // The same name in another language is another template.
    assert.equal((await created(utility('taken_name', undefined, 'fr'))).status, 'APPROVED');
  });

  test('automatic review rejects what its rules see and says why', async () => {
    const cases: [Payload, string][] = [
      [utility('sale_as_utility', 'Get 20% off your order {{1}} today, buy now!'), 'INCORRECT_CATEGORY'],
      [utility('scam_note', 'You have won a prize, {{1}}! Send the fee today.'), 'SCAM'],
      [
        {
          ...utility('adjacent_vars'),
          components: [
            {
              type: 'BODY',
              text: 'Your order {{1}}{{2}} has shipped.',
              example: { body_text: [['A', '1']] },
            },
          ],
        },
        'INVALID_FORMAT',
      ],
    ];
    for (const [payload, reason] of cases) {
      const answer = await created(payload);
      assert.equal(answer.status, 'REJECTED', reason);
      const read = await node(`${answer.id}?fields=status,rejected_reason`);
      assert.deepEqual(read.body, { status: 'REJECTED', rejected_reason: reason, id: answer.id });
    }
  });

  test('lists with every filter, ?fields=, and cursors whose next link appears only when a page follows', async () => {
    const shop = await createGraphTenant(server.parley, { name: 'List Shop' });
    const made = [
      await created(marketing('alpha_news'), shop),
      await created(marketing('alpha_news', 'fr'), shop),
      await created(utility('order_ready', 'Your order {{1}} is READY for pickup.'), shop),
      await created(authentication('login_code'), shop),
      await created(utility('promo_wrong', 'Big sale on order {{1}} this week.'), shop),
    ];
    assert.equal(made[4]!.status, 'REJECTED');
    const names = async (query: string) => {
      const reply = await list(query, shop);
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assertMetaResponse({ method: 'get', path: LIST_PATH, status: 200, body: reply.body });
      return (reply.body.data as { name: string; language: string }[])
        .map((t) => `${t.name}/${t.language}`)
        .sort();
    };

    const all = await list('', shop);
    assert.deepEqual(
      all.body.data.map((t: { id: string }) => t.id),
      made.map((t) => t.id).sort((a, b) => (a < b ? -1 : 1)),
      'oldest first; equal times by id',
    );
    assert.equal(all.body.paging.next, undefined);
    for (const template of all.body.data) {
      assert.deepEqual(Object.keys(template).sort(), [
        'category',
        'components',
        'id',
        'language',
        'name',
        'parameter_format',
        'status',
      ]);
    }
    assert.equal(
      all.body.data.find((t: { name: string }) => t.name === 'alpha_news').parameter_format,
      'POSITIONAL',
    );

    assert.deepEqual(await names('?name=alpha_news'), ['alpha_news/en_US', 'alpha_news/fr']);
    assert.deepEqual(await names('?name_or_content=ready%20FOR'), ['order_ready/en_US']);
    assert.deepEqual(await names('?name_or_content=ALPHA'), ['alpha_news/en_US', 'alpha_news/fr']);
    assert.deepEqual(await names('?status=REJECTED'), ['promo_wrong/en_US']);
    assert.deepEqual(
      await names(`?status=${encodeURIComponent('["REJECTED","APPROVED"]')}`),
      await names(''),
    );
    assert.deepEqual(await names('?status=approved&category=UTILITY,AUTHENTICATION'), [
      'login_code/en_US',
      'order_ready/en_US',
    ]);
    assert.deepEqual(await names(`?category=${encodeURIComponent('["MARKETING"]')}&language=fr`), [
      'alpha_news/fr',
    ]);
    assert.deepEqual(await names('?language=en_US,fr&name=login_code'), ['login_code/en_US']);
    assertGraphError(await list('?status=BOGUS', shop), 400, 100);
    assertGraphError(await list('?category=PROMO', shop), 400, 100);
    assertGraphError(await list(`?status=${encodeURIComponent('["APPROVED"')}`, shop), 400, 131009);

    const picked = await list('?fields=status,quality_score&name=login_code', shop);
    assert.deepEqual(picked.body.data, [
      { status: 'APPROVED', quality_score: { score: 'UNKNOWN' }, id: made[3]!.id },
    ]);

    // Paging: two, two, one; then back from the last page.
    const first = await list('?limit=2', shop);
    assert.equal(first.body.data.length, 2);
    assert.equal(first.body.paging.previous, undefined);
    const next = new URL(first.body.paging.next);
    assert.equal(next.pathname, `/v23.0/${shop.wabaId}/message_templates`);
    assert.equal(next.searchParams.get('limit'), '2');
    const follow = (link: string) =>
      call(server.url, 'GET', `${new URL(link).pathname}${new URL(link).search}`, { token: shop.token });
    const second = await follow(first.body.paging.next);
    assert.equal(second.body.data.length, 2);
    assert.ok(second.body.paging.previous !== undefined);
    const third = await follow(second.body.paging.next);
    assert.equal(third.body.data.length, 1);
    assert.equal(third.body.paging.next, undefined, 'no next link after the last page');
    assert.deepEqual(
      [...first.body.data, ...second.body.data, ...third.body.data].map((t: { id: string }) => t.id),
      all.body.data.map((t: { id: string }) => t.id),
    );
    const back = await follow(third.body.paging.previous);
    assert.deepEqual(back.body.data, second.body.data);
    assert.ok(back.body.paging.next !== undefined);
    // Access by query token works too, and never leaks into the links.
    const byQuery = await call(
      server.url,
      'GET',
      `${templatesPath(shop)}?limit=1&access_token=${shop.token}`,
    );
    assert.equal(byQuery.status, 200);
    assert.ok(!byQuery.body.paging.next.includes('access_token'));
  });

  test('GET /{TEMPLATE_ID} shows the default fields or those asked for', async () => {
    const { id } = await created(marketing('node_read'));
    const read = await node(id);
    assert.equal(read.status, 200, JSON.stringify(read.body));
    assertMetaResponse({ method: 'get', path: NODE_PATH, status: 200, body: read.body });
    assert.equal(read.body.id, id);
    assert.equal(read.body.name, 'node_read');
    assert.equal(read.body.status, 'APPROVED');
    assert.deepEqual(
      read.body.components.map((c: { type: string }) => c.type),
      ['HEADER', 'BODY', 'FOOTER', 'BUTTONS'],
    );
    assert.deepEqual((await node(`${id}?fields=status`)).body, { status: 'APPROVED', id });
    const viaQuery = await call(server.url, 'GET', `/${id}?fields=name&access_token=${acme.token}`);
    assert.deepEqual(viaQuery.body, { name: 'node_read', id });
  });

  test('edits replace components; an approved template keeps its category and is edited once a day, ten times in 30 days', async () => {
    const { id } = await created(utility('edited_note'));
    const newComponents = [
      { type: 'BODY', text: 'Your parcel {{1}} is on its way to you.', example: { body_text: [['P-9']] } },
    ];
    const edit = await node(id, 'POST', { components: newComponents });
    assert.equal(edit.status, 200, JSON.stringify(edit.body));
    assertMetaResponse({ method: 'post', path: NODE_PATH, status: 200, body: edit.body });
    assert.deepEqual(edit.body, { success: true });
    const read = await node(id);
    assert.deepEqual(read.body.components, newComponents);
    assert.equal(read.body.status, 'APPROVED');

    assertGraphError(await node(id, 'POST', { components: newComponents }), 400, 100);
    clock.advance(DAY + 1);
    assertGraphError(await node(id, 'POST', { category: 'MARKETING' }), 400, 100);
    assertGraphError(await node(id, 'POST', { name: 'renamed', components: newComponents }), 400, 100);
    assertGraphError(await node(id, 'POST', {}), 400, 131008);
    assertGraphError(await node(id, 'POST', { colour: 'red' }), 400, 100);
    assertGraphError(await node(id, 'POST', { components: 'nope' }), 400, 131009);
    assertGraphError(await node(id, 'POST', { message_send_ttl_seconds: true }), 400, 131009);
    // Meta's own example repeats the name and language; that is fine when they match.
    const same = await formCall(server.url, 'POST', `/v23.0/${id}`, acme.token, {
      name: 'edited_note',
      language: 'en_US',
      message_send_ttl_seconds: '900',
    });
    assert.deepEqual(same.body, { success: true });
    assert.equal((await node(`${id}?fields=message_send_ttl_seconds`)).body.message_send_ttl_seconds, 900);
    // Eight more days, eight more edits: ten in 30 days, then a refusal.
    for (let day = 0; day < 8; day++) {
      clock.advance(DAY + 1);
      assert.deepEqual((await node(id, 'POST', { message_send_ttl_seconds: 600 + day })).body, {
        success: true,
      });
    }
    clock.advance(DAY + 1);
    assertGraphError(await node(id, 'POST', { message_send_ttl_seconds: 700 }), 400, 100);

    // A rejected template may change category, and goes through review again.
    const rejected = await created(utility('wrong_category', 'Huge discount on order {{1}} this week.'));
    assert.equal(rejected.status, 'REJECTED');
    assert.deepEqual((await node(rejected.id, 'POST', { category: 'MARKETING' })).body, { success: true });
    assert.deepEqual((await node(`${rejected.id}?fields=status,category`)).body, {
      status: 'APPROVED',
      category: 'MARKETING',
      id: rejected.id,
    });
  });

  test('deletes every language by name or one by hsm_id; an unknown name is the one 404', async () => {
    const en = await created(utility('greeting'));
    const fr = await created(utility('greeting', undefined, 'fr'));
    await created(utility('greeting', undefined, 'es'));
    const keep = await created(utility('kept_one'));

    const one = await call(server.url, 'DELETE', `${templatesPath()}?name=greeting&hsm_id=${fr.id}`, {
      token: acme.token,
    });
    assert.equal(one.status, 200, JSON.stringify(one.body));
    assertMetaResponse({ method: 'delete', path: LIST_PATH, status: 200, body: one.body });
    assert.deepEqual(one.body, { success: true });
    assertGraphError(await node(fr.id), 400, 100, 33);
    assert.equal((await list('?name=greeting')).body.data.length, 2);

    const wrongName = await call(server.url, 'DELETE', `${templatesPath()}?name=greeting&hsm_id=${keep.id}`, {
      token: acme.token,
    });
    assertGraphError(wrongName, 400, 100, 33);
    assertGraphError(await call(server.url, 'DELETE', templatesPath(), { token: acme.token }), 400, 131008);

    const byName = await call(server.url, 'DELETE', `${templatesPath()}?name=greeting`, {
      token: acme.token,
    });
    assert.deepEqual(byName.body, { success: true });
    assert.deepEqual((await list('?name=greeting')).body.data, []);
    assertGraphError(await node(en.id), 400, 100, 33);
    assert.equal((await node(keep.id)).status, 200);

    const unknown = await call(server.url, 'DELETE', `${templatesPath()}?name=greeting`, {
      token: acme.token,
    });
    assertGraphError(unknown, 404, 100);
    assertMetaSchema('GraphAPIError', unknown.body);

    // An approved template's name waits 30 days before it is used again.
    assertGraphError(await create(utility('greeting')), 400, 100, 2388023);
    clock.advance(31 * DAY);
    assert.equal((await created(utility('greeting'))).status, 'APPROVED');
  });

  test('another business’s WABA or template ids look unknown (100/33); no token is 190', async () => {
    const { id } = await created(utility('private_note'));
    for (const [method, path, body] of [
      ['GET', templatesPath(), undefined],
      ['POST', templatesPath(), utility('intruder')],
      ['DELETE', `${templatesPath()}?name=private_note`, undefined],
      ['GET', `/v23.0/${id}`, undefined],
      ['POST', `/v23.0/${id}`, { message_send_ttl_seconds: 60 }],
      // Not a WABA at all: the number's id.
      ['GET', `/v23.0/${other.phoneNumberId}/message_templates`, undefined],
    ] as const) {
      const reply = await call(server.url, method, path, {
        token: other.token,
        ...(body === undefined ? {} : { body }),
      });
      assert.doesNotThrow(() => assertGraphError(reply, 400, 100, 33), `${method} ${path}`);
    }
    assertGraphError(await node(`6${'0'.repeat(15)}`), 400, 100, 33);
    assert.equal((await node(id)).body.name, 'private_note', 'nothing changed');
    assertGraphError(await call(server.url, 'GET', templatesPath()), 401, 190);
  });

  test('a token with only the messaging permission is refused with 200', async () => {
    const limited = await createGraphTenant(server.parley, {
      name: 'Limited Shop',
      permissions: ['whatsapp_business_messaging'],
    });
    const template = await server.parley.templates.create(limited.wabaId, {
      ...(utility('made_by_operator') as { name: string; language: string; category: string }),
      components: utility('x').components as { type: string }[],
    });
    for (const [method, path, body] of [
      ['GET', templatesPath(limited), undefined],
      ['POST', templatesPath(limited), utility('not_allowed')],
      ['DELETE', `${templatesPath(limited)}?name=made_by_operator`, undefined],
      ['GET', `/v23.0/${template.id}`, undefined],
      ['POST', `/v23.0/${template.id}`, { message_send_ttl_seconds: 60 }],
    ] as const) {
      const reply = await call(server.url, method, path, {
        token: limited.token,
        ...(body === undefined ? {} : { body }),
      });
      assert.doesNotThrow(() => assertGraphError(reply, 403, 200), `${method} ${path}`);
    }
  });
});

describe('operator review: PENDING templates, decisions, status webhooks', () => {
  let server: TestServer;
  let acme: GraphTenant;
  let receiver: WebhookReceiver;

  /** An operator API call; `token: null` sends none. */
  const operator = (
    method: string,
    path: string,
    body?: unknown,
    token: string | null = TEST_OPERATOR_TOKEN,
  ) =>
    call(server.url, method, `/v1/operator${path}`, {
      ...(token === null ? {} : { token }),
      ...(body === undefined ? {} : { body }),
    });
  const create = (body: Payload) =>
    call(server.url, 'POST', `/v23.0/${acme.wabaId}/message_templates`, { token: acme.token, body });
  const send = (name: string) =>
    call(server.url, 'POST', `/v23.0/${acme.phoneNumberId}/messages`, {
      token: acme.token,
      body: templateSend(name),
    });
  /** The status updates the business's endpoint has received for a template, in order. */
  const updatesOf = (id: string): Payload[] =>
    changesOf(receiver)
      .filter(
        (change) =>
          change.field === 'message_template_status_update' &&
          change.value.message_template_id === Number(id),
      )
      .map((change) => change.value);
  async function nextUpdate(id: string, count: number): Promise<Payload> {
    await eventually(() => updatesOf(id).length >= count, 5000, `status update ${count} of ${id}`);
    return updatesOf(id)[count - 1]!;
  }

  before(async () => {
    server = await startTestServer({ env: { PARLEY_TEMPLATE_REVIEW: 'operator' } });
    acme = await createGraphTenant(server.parley, { name: 'Reviewed Shop' });
    receiver = await startWebhookReceiver({ secret: acme.appSecret });
    await server.parley.platform.setWebhook(acme.appId, {
      callbackUrl: receiver.url,
      verifyToken: 'verify',
      fields: ['message_template_status_update'],
    });
    await signIn(server.url, 71);
  });
  after(async () => {
    await server.close();
    await receiver.close();
  });

  test('a clean template waits PENDING; the operator approves it; the business is told by a signed webhook; then it sends', async () => {
    const made = await create(utility('shipping_note'));
    assert.equal(made.status, 200, JSON.stringify(made.body));
    assert.deepEqual(made.body, { id: made.body.id, status: 'PENDING', category: 'UTILITY' });
    const id: string = made.body.id;
    assert.equal((await create(authentication('otp_code'))).body.status, 'PENDING');
    assertGraphError(await send('shipping_note'), 404, 132001);

    assertRefused(
      await operator('GET', '/templates?status=PENDING', undefined, null),
      401,
      'unauthenticated',
    );
    assertRefused(
      await operator('GET', '/templates', undefined, 'not-the-operator-token-at-all'),
      401,
      'unauthenticated',
    );
    const queue = await operator('GET', '/templates?status=PENDING');
    assert.equal(queue.status, 200, JSON.stringify(queue.body));
    const queued = queue.body.templates.find((t: { id: string }) => t.id === id);
    assert.equal(queued.wabaId, acme.wabaId);
    assert.equal(queued.name, 'shipping_note');
    assert.equal(queued.status, 'PENDING');
    assert.equal(queued.components[0].type, 'BODY');

    const approved = await operator('POST', `/templates/${id}/decision`, { action: 'approve' });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.status, 'APPROVED');
    const update = await nextUpdate(id, 1);
    assert.deepEqual(update, {
      event: 'APPROVED',
      message_template_id: Number(id),
      message_template_name: 'shipping_note',
      message_template_language: 'en_US',
      reason: 'NONE',
      message_template_category: 'UTILITY',
    });
    // Meta's OpenAPI documents only the messages and group webhooks, so the envelope is checked
    // here against contract 4.4 and 5.3.
    for (const request of receiver.requests) {
      assert.ok(request.signatureOk, 'signed with the app secret');
      const payload = JSON.parse(request.body);
      assert.equal(payload.object, 'whatsapp_business_account');
      assert.equal(payload.entry[0].id, acme.wabaId);
      assert.equal(typeof payload.entry[0].time, 'number');
    }
    assert.ok(
      !(await operator('GET', '/templates?status=PENDING')).body.templates.some(
        (t: { id: string }) => t.id === id,
      ),
    );

    const sent = await send('shipping_note');
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    assert.match(sent.body.messages[0].id, /^wamid\./);

    assertRefused(
      await operator('POST', `/templates/${id}/decision`, { action: 'approve' }),
      400,
      'invalid_argument',
    );
    assertRefused(
      await operator('POST', `/templates/6${'0'.repeat(15)}/decision`, { action: 'approve' }),
      404,
      'not_found',
    );
    assertRefused(
      await operator('POST', `/templates/${id}/decision`, { action: 'reject' }),
      400,
      'invalid_argument',
    );
  });

  test('rejection, pause, unpause and disable each reach the business; a disabled template is not deleted', async () => {
    const rejected = (await create(utility('rejected_note'))).body.id as string;
    const decision = await operator('POST', `/templates/${rejected}/decision`, {
      action: 'reject',
      reason: 'INVALID_FORMAT',
      recommendation: 'Put text between the variables.',
    });
    assert.equal(decision.body.status, 'REJECTED');
    assert.equal(decision.body.rejectedReason, 'INVALID_FORMAT');
    const rejection = await nextUpdate(rejected, 1);
    assert.equal(rejection.event, 'REJECTED');
    assert.equal(rejection.reason, 'INVALID_FORMAT');
    assert.deepEqual(rejection.rejection_info, {
      reason: 'INVALID_FORMAT',
      recommendation: 'Put text between the variables.',
    });
    const read = await call(server.url, 'GET', `/v23.0/${rejected}?fields=status,rejected_reason`, {
      token: acme.token,
    });
    assert.deepEqual(read.body, { status: 'REJECTED', rejected_reason: 'INVALID_FORMAT', id: rejected });

    const id = (await create(utility('paused_note'))).body.id as string;
    await operator('POST', `/templates/${id}/decision`, { action: 'approve' });
    await nextUpdate(id, 1);
    assert.equal(
      (await operator('POST', `/templates/${id}/decision`, { action: 'pause' })).body.status,
      'PAUSED',
    );
    const paused = await nextUpdate(id, 2);
    assert.equal(paused.event, 'PAUSED');
    assert.equal((paused.other_info as { title: string }).title, 'FIRST_PAUSE');
    assertGraphError(await send('paused_note'), 400, 132015);

    await operator('POST', `/templates/${id}/decision`, { action: 'unpause' });
    const unpaused = await nextUpdate(id, 3);
    assert.equal(unpaused.event, 'APPROVED');
    assert.equal((unpaused.other_info as { title: string }).title, 'UNPAUSE');

    await operator('POST', `/templates/${id}/decision`, { action: 'disable' });
    const disabled = await nextUpdate(id, 4);
    assert.equal(disabled.event, 'DISABLED');
    assert.match((disabled.disable_info as { disable_date: string }).disable_date, /^\d+$/);
    assertGraphError(await send('paused_note'), 400, 132016);
    const refused = await call(
      server.url,
      'DELETE',
      `/v23.0/${acme.wabaId}/message_templates?name=paused_note`,
      {
        token: acme.token,
      },
    );
    assertGraphError(refused, 400, 100);
  });

  test('the operator queue pages across WABAs and filters by WABA', async () => {
    const second = await createGraphTenant(server.parley, { name: 'Second Shop' });
    const mine = (await create(utility('queue_one'))).body.id as string;
    const theirs = (
      await call(server.url, 'POST', `/v23.0/${second.wabaId}/message_templates`, {
        token: second.token,
        body: utility('queue_two'),
      })
    ).body.id as string;
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await operator(
        'GET',
        `/templates?status=PENDING&limit=1${after === undefined ? '' : `&after=${encodeURIComponent(after)}`}`,
      );
      assert.equal(page.status, 200, JSON.stringify(page.body));
      assert.ok(page.body.templates.length <= 1);
      seen.push(...page.body.templates.map((t: { id: string }) => t.id));
      after = page.body.after;
    } while (after !== undefined);
    assert.ok(seen.includes(mine) && seen.includes(theirs), 'both WABAs are in the queue');
    const onlySecond = await operator('GET', `/templates?wabaId=${second.wabaId}`);
    assert.deepEqual(
      onlySecond.body.templates.map((t: { id: string }) => t.id),
      [theirs],
    );
    assertRefused(await operator('GET', '/templates?status=WAITING'), 400, 'invalid_argument');
  });
});

test('PARLEY_TEMPLATE_REVIEW: automatic outside production, operator in production, nothing else', () => {
  assert.equal(loadConfig({ PARLEY_ENV: 'test' }).templateReview, 'automatic');
  assert.equal(loadConfig({ PARLEY_ENV: 'development' }).templateReview, 'automatic');
  const production = {
    PARLEY_ENV: 'production',
    PARLEY_SMS_GATEWAY_URL: 'https://sms.example',
    PARLEY_SMS_GATEWAY_SECRET: 's',
  };
  assert.equal(loadConfig(production).templateReview, 'operator');
  assert.equal(
    loadConfig({ ...production, PARLEY_TEMPLATE_REVIEW: 'automatic' }).templateReview,
    'automatic',
  );
  assert.equal(
    loadConfig({ PARLEY_ENV: 'test', PARLEY_TEMPLATE_REVIEW: 'operator' }).templateReview,
    'operator',
  );
  assert.throws(() => loadConfig({ PARLEY_ENV: 'test', PARLEY_TEMPLATE_REVIEW: 'manual' }), ConfigError);
});
