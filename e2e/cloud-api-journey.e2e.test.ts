import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildTemplateSendPayload, WhatsAppClient } from '@kapso/whatsapp-cloud-api';
import { verifySignature } from '@kapso/whatsapp-cloud-api/server';
import { fromWamid } from '../apps/server/src/http/graph/wamid.js';
import type { SandboxReport } from '../apps/server/src/sandbox/sandbox-report.js';
import { eventually } from '../apps/server/src/test-support/clients.js';
import { assertMetaWebhook } from '../apps/server/src/test-support/meta-openapi.js';
import { newContext, screenshot } from './support/browser.js';
import { webSuite } from './support/web-suite.js';

/**
 * Issue 5's "Done when", end to end: `npx parley sandbox --json` on a running Parley, a Cloud API
 * library sending a template to a test phone, the person tapping its reply button in the web
 * messenger, and the developer's server receiving the signed webhooks.
 */
const web = webSuite();

const PARLEY_BIN = fileURLToPath(new URL('../packages/cli/bin/parley.js', import.meta.url));
// Bounded but generous: the machine running the suite may be busy with other test files.
const WEBHOOK_WAIT_MS = 60_000;

interface Webhook {
  readonly raw: Buffer;
  readonly headers: IncomingHttpHeaders;
}

/** The developer's webhook endpoint: answers Meta's GET handshake, records each POST's raw bytes. */
async function startReceiver() {
  const posts: Webhook[] = [];
  const verifyTokens: string[] = [];
  const server = createServer((request, response) => {
    if (request.method === 'GET') {
      const query = new URL(request.url ?? '/', 'http://receiver').searchParams;
      verifyTokens.push(query.get('hub.verify_token') ?? '');
      const ok = query.get('hub.mode') === 'subscribe';
      response
        .writeHead(ok ? 200 : 400, { 'content-type': 'text/plain' })
        .end(ok ? query.get('hub.challenge') : '');
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      posts.push({ raw: Buffer.concat(chunks), headers: request.headers });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('EVENT_RECEIVED');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`,
    posts,
    verifyTokens,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The real `parley sandbox --json` in a child process, on the running server's database. */
async function runSandbox(dataDir: string, publicUrl: string, webhookUrl: string): Promise<SandboxReport> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PARLEY_DATA_DIR: dataDir,
    PARLEY_PUBLIC_URL: publicUrl,
    LOG_LEVEL: 'warn',
  };
  // The web server uses SQLite in its data directory whatever the environment says.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [PARLEY_BIN, 'sandbox', '--json', '--webhook-url', webhookUrl], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  return JSON.parse(stdout) as SandboxReport;
}

interface WebhookMessage {
  readonly id: string;
  readonly from: string;
  readonly type: string;
  readonly button?: { text: string; payload: string };
  readonly context?: { from: string; id: string };
}
interface WebhookStatus {
  readonly id: string;
  readonly status: string;
  readonly recipient_id: string;
}
interface WebhookBody {
  readonly object: string;
  readonly entry: ReadonlyArray<{
    id: string;
    changes: ReadonlyArray<{
      field: string;
      value: {
        metadata?: { phone_number_id: string };
        messages?: WebhookMessage[];
        statuses?: WebhookStatus[];
        event?: string;
        message_template_name?: string;
      };
    }>;
  }>;
}

type TemplateInput = Parameters<WhatsAppClient['messages']['sendTemplate']>[0]['template'];

const valuesOf = (posts: readonly Webhook[]) =>
  posts.flatMap((post) =>
    (JSON.parse(post.raw.toString('utf8')) as WebhookBody).entry.flatMap((entry) =>
      entry.changes.map((change) => change.value),
    ),
  );

test('sandbox CLI → template from a Cloud API library → tap in the web messenger → signed webhook', async (t) => {
  const receiver = await startReceiver();
  t.after(() => receiver.close());

  // 1. The developer runs the CLI against the running Parley and gets what a Cloud API client needs.
  const sandbox = await runSandbox(web.server.dataDir, web.server.url, receiver.url);
  assert.equal(sandbox.graph_base_url, web.server.url);
  assert.equal(sandbox.webhook_url, receiver.url);
  assert.deepEqual(
    receiver.verifyTokens,
    [sandbox.webhook_verify_token],
    'one handshake, with the verify token',
  );
  const testPhone = sandbox.test_phones[0]!;

  // 2. An unmodified Cloud API library, pointed at the printed URL, makes and sends a template.
  const client = new WhatsAppClient({
    accessToken: sandbox.access_token,
    baseUrl: sandbox.graph_base_url,
    graphVersion: sandbox.graph_version,
  });
  const created = await client.templates.create({
    businessAccountId: sandbox.waba_id,
    name: 'delivery_check',
    language: 'en_US',
    category: 'UTILITY',
    components: [
      { type: 'BODY', text: 'Hi {{1}}, did your parcel arrive?', example: { body_text: [['Ann']] } },
      {
        type: 'BUTTONS',
        buttons: [
          { type: 'QUICK_REPLY', text: 'Yes, it did' },
          { type: 'QUICK_REPLY', text: 'Not yet' },
        ],
      },
    ],
  });
  assert.match(created.id, /^\d+$/);
  const listed = await client.templates.list({ businessAccountId: sandbox.waba_id, name: 'delivery_check' });
  assert.deepEqual(
    listed.data.map((template) => [template.id, template.status, template.category]),
    [[created.id, 'APPROVED', 'UTILITY']],
    'the sandbox reviews templates automatically',
  );
  // The library's builder checks the parameters; its result type is narrower than its own sender's
  // input type says (interfaces without an index signature), hence the cast.
  const payload = buildTemplateSendPayload({
    name: 'delivery_check',
    language: 'en_US',
    body: [{ type: 'text', text: 'Mina' }],
    buttons: [
      {
        type: 'button',
        subType: 'quick_reply',
        index: 0,
        parameters: [{ type: 'payload', payload: 'ARRIVED-4471' }],
      },
      {
        type: 'button',
        subType: 'quick_reply',
        index: 1,
        parameters: [{ type: 'payload', payload: 'MISSING-4471' }],
      },
    ],
  }) as TemplateInput;
  const sent = await client.messages.sendTemplate({
    phoneNumberId: sandbox.phone_number_id,
    to: testPhone.wa_id,
    template: payload,
  });
  assert.deepEqual(sent.contacts, [{ input: testPhone.wa_id, waId: testPhone.wa_id }]);
  const wamid = sent.messages[0]!.id;
  const messageId = fromWamid(wamid);
  assert.ok(messageId !== undefined, `not a Parley wamid: ${wamid}`);

  // 3. The test phone signs in through its login link and finds the business's chat, badge and all.
  const context = await newContext(web.browser);
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(testPhone.login_url);
  const row = page
    .getByRole('list', { name: 'Chats' })
    .getByRole('listitem')
    .filter({ hasText: sandbox.verified_name });
  await row.getByText('Hi Mina, did your parcel arrive?').waitFor();
  await row.getByRole('img', { name: 'Verified business' }).waitFor();
  await row.getByRole('link').first().click();
  const header = page.locator('.chat-header');
  await header.getByText(sandbox.verified_name).waitFor();
  await header.getByRole('img', { name: 'Verified business' }).waitFor();

  // 4. The template arrives rendered, with the variable filled and both buttons; one tap answers it.
  const template = page.locator(`[data-message-id="${messageId}"]`);
  await template.locator('.bubble').getByText('Hi Mina, did your parcel arrive?').waitFor();
  const replies = template.getByRole('group', { name: 'Replies' });
  assert.deepEqual(await replies.getByRole('button').allTextContents(), ['Yes, it did', 'Not yet']);
  await replies.getByRole('button', { name: 'Yes, it did' }).click();
  await page
    .locator('.message-row--mine .interactive-reply__title')
    .filter({ hasText: 'Yes, it did' })
    .waitFor();
  await screenshot(page, 'cloud-api-journey');

  // 5. The developer's server receives the tap and the template's statuses, signed with the app secret.
  const received = () => valuesOf(receiver.posts);
  const tapped = () =>
    received()
      .flatMap((value) => value.messages ?? [])
      .find((message) => message.type === 'button');
  const statusesOf = () =>
    received()
      .flatMap((value) => value.statuses ?? [])
      .filter((status) => status.id === wamid)
      .map((status) => status.status);
  await eventually(
    () => tapped() !== undefined && ['sent', 'delivered', 'read'].every((s) => statusesOf().includes(s)),
    WEBHOOK_WAIT_MS,
    'the button webhook and the sent, delivered and read statuses',
  ).catch((error: Error) => {
    throw new Error(`${error.message}; received: ${JSON.stringify(received())}`);
  });

  for (const post of receiver.posts) {
    const signatureHeader = post.headers['x-hub-signature-256'] as string;
    assert.ok(
      verifySignature({ appSecret: sandbox.app_secret, rawBody: post.raw, signatureHeader }),
      'the library verifies the signature with the printed app secret',
    );
    assert.equal(verifySignature({ appSecret: 'not-the-secret', rawBody: post.raw, signatureHeader }), false);
    const body = JSON.parse(post.raw.toString('utf8')) as WebhookBody;
    assert.equal(body.object, 'whatsapp_business_account');
    for (const entry of body.entry) {
      assert.equal(entry.id, sandbox.waba_id);
      for (const change of entry.changes) {
        // The sandbox app hears template reviews too; Meta's OpenAPI describes only `messages`.
        if (change.field === 'message_template_status_update') continue;
        assert.equal(change.field, 'messages');
        assertMetaWebhook({ object: body.object, entry: [{ ...entry, changes: [change] }] });
        assert.equal(change.value.metadata?.phone_number_id, sandbox.phone_number_id);
      }
    }
  }
  assert.ok(
    received().some(
      (value) => value.event === 'APPROVED' && value.message_template_name === 'delivery_check',
    ),
    "the template's approval reached the sandbox app",
  );
  const buttons = received().flatMap((value) => (value.messages ?? []).filter((m) => m.type === 'button'));
  assert.equal(buttons.length, 1, 'one tap, one webhook message');
  const button = buttons[0]!;
  assert.equal(button.from, testPhone.wa_id);
  assert.deepEqual(button.button, { text: 'Yes, it did', payload: 'ARRIVED-4471' });
  assert.deepEqual(
    button.context,
    { from: sandbox.display_phone_number.replace(/\D/g, ''), id: wamid },
    'the tap quotes the template the business number sent',
  );
  for (const status of received().flatMap((value) => value.statuses ?? [])) {
    assert.equal(status.recipient_id, testPhone.wa_id);
  }
});
