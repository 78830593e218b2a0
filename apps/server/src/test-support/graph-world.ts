import assert from 'node:assert/strict';
import sharp from 'sharp';
import type { TestServer } from './test-server.js';
import { call, phone, type Reply } from './accounts-api.js';
import { signIn, type Session } from './catalog-api.js';
import { eventually } from './clients.js';
import { createGraphTenant, type GraphTenant } from './graph-tenant.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';
import { toWamid } from '../http/graph/wamid.js';

export const WORLD_VERIFY_TOKEN = 'graph-world-verify';

/**
 * A business with one of every Graph object, so any Graph route can be filled with a real id of
 * the right kind: the tenant's own, plus an uploaded media id, a template, a group, a person who
 * wrote to the number (the window is open) and a message each way.
 */
export interface TenantWorld extends GraphTenant {
  readonly name: string;
  readonly mediaId: string;
  /** The download path (`/whatsapp_business/attachments?…`, no version) of `mediaId`, signed for the tenant. */
  readonly downloadPath: string;
  readonly templateId: string;
  readonly templateName: string;
  readonly groupId: string;
  readonly systemUserId: string;
  /** The id of a token of the tenant (not `token`'s: revoking it must not end the runs). */
  readonly tokenId: string;
  readonly messagingToken: string;
  readonly managementToken: string;
  readonly person: Session & { readonly phone: string };
  /** The person's message to the number, and the number's reply. */
  readonly inboundWamid: string;
  readonly outboundWamid: string;
  /** The app's callback: every webhook the tenant's app receives. */
  readonly receiver: WebhookReceiver;
  /** A webhook batch delivered to the app (`/{app-id}/webhook_deliveries/{batchId}`). */
  readonly batchId: string;
}

let nextPerson = 7100;

export async function graphAs(
  server: TestServer,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
): Promise<Reply> {
  return call(server.url, method, `/v23.0${path}`, { token, body });
}

async function ok(reply: Reply | Promise<Reply>, what: string): Promise<Reply['body']> {
  const { status, body } = await reply;
  assert.ok(status >= 200 && status < 300, `${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

export const smallPng = (): Promise<Buffer> =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#3a7' } })
    .png()
    .toBuffer();

/** The multipart body of `POST /{PNID}/media` for a small PNG. */
export async function pngUploadForm(): Promise<FormData> {
  const form = new FormData();
  form.set('messaging_product', 'whatsapp');
  form.set('type', 'image/png');
  form.set('file', new Blob([new Uint8Array(await smallPng())], { type: 'image/png' }), 'pixel.png');
  return form;
}

export async function buildTenantWorld(server: TestServer, name: string): Promise<TenantWorld> {
  const tenant = await createGraphTenant(server.parley, { name });
  const receiver = await startWebhookReceiver({ secret: tenant.appSecret, verifyToken: WORLD_VERIFY_TOKEN });
  try {
    return await fillWorld(server, name, tenant, receiver);
  } catch (error) {
    await receiver.close();
    throw error;
  }
}

async function fillWorld(
  server: TestServer,
  name: string,
  tenant: GraphTenant,
  receiver: WebhookReceiver,
): Promise<TenantWorld> {
  const { parley } = server;
  await parley.platform.setWebhook(tenant.appId, {
    callbackUrl: receiver.url,
    verifyToken: WORLD_VERIFY_TOKEN,
    // Apps receive only the fields they subscribe to; groups announce their ids by webhook.
    fields: ['messages', 'group_lifecycle_update', 'group_participants_update', 'group_settings_update'],
  });
  const user = await parley.platform.createSystemUser(tenant.portfolioId, 'world');
  const grant = (permissions: Parameters<typeof parley.platform.issueToken>[1]['permissions']) =>
    parley.platform.issueToken(user, { permissions, wabaIds: [tenant.wabaId] });
  const messaging = await grant(['whatsapp_business_messaging']);
  const management = await grant(['whatsapp_business_management']);
  const graph = (method: string, path: string, body?: unknown) =>
    graphAs(server, tenant.token, method, path, body);

  const upload = await fetch(`${server.url}/v23.0/${tenant.phoneNumberId}/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tenant.token}` },
    body: await pngUploadForm(),
  });
  const mediaId = ((await upload.json()) as { id: string }).id;
  assert.equal(upload.status, 200, mediaId);
  const mediaNode = await ok(graph('GET', `/${mediaId}`), 'media node');
  const download = new URL((mediaNode.url as string).replace(/\/v\d+\.\d+\//, '/'));

  const templateName = `world_${name.toLowerCase().replace(/\W+/g, '_')}`;
  const template = await ok(
    graph('POST', `/${tenant.wabaId}/message_templates`, {
      name: templateName,
      language: 'en_US',
      category: 'MARKETING',
      components: [{ type: 'BODY', text: 'Hello {{1}}!', example: { body_text: [['Ann']] } }],
    }),
    'template',
  );

  const personNumber = nextPerson++;
  const personPhone = phone(personNumber);
  const session = await signIn(server.url, personNumber);
  const chat = await ok(
    call(server.url, 'POST', '/v1/chats/direct', {
      token: session.token,
      body: { accountId: tenant.accountId },
    }),
    'direct chat',
  );
  const said = await ok(
    call(server.url, 'POST', `/v1/chats/${chat.id}/messages`, {
      token: session.token,
      body: { type: 'text', content: { body: 'Hello shop' } },
    }),
    'person writes',
  );
  const reply = await ok(
    graph('POST', `/${tenant.phoneNumberId}/messages`, {
      messaging_product: 'whatsapp',
      to: personPhone,
      type: 'text',
      text: { body: 'Hello person' },
    }),
    'number replies',
  );

  const created = await ok(
    graph('POST', `/${tenant.phoneNumberId}/groups`, {
      messaging_product: 'whatsapp',
      subject: `${name} group`,
    }),
    'group',
  );
  let groupId: string | undefined;
  await eventually(
    () => {
      groupId = groupIdFor(receiver, created.request_id as string);
      return groupId !== undefined;
    },
    5000,
    'the group_create webhook',
  ).catch((error: Error) => {
    throw new Error(`${error.message}; received: ${receiver.requests.map((r) => r.body).join('\n')}`);
  });

  const deliveries = await ok(graph('GET', `/${tenant.appId}/webhook_deliveries`), 'webhook deliveries');
  assert.ok(deliveries.data.length > 0, 'no webhook batch to name');

  return {
    ...tenant,
    batchId: deliveries.data[0].id as string,
    name,
    mediaId,
    downloadPath: `${download.pathname}${download.search}`,
    templateId: template.id as string,
    templateName,
    groupId: groupId!,
    systemUserId: user.id,
    tokenId: messaging.accessToken.id,
    messagingToken: messaging.token,
    managementToken: management.token,
    person: { ...session, phone: personPhone },
    inboundWamid: toWamid(said.id as string),
    outboundWamid: reply.messages[0].id as string,
    receiver,
  };
}

interface GroupItem {
  readonly request_id?: string;
  readonly group_id?: string;
}

function groupIdFor(receiver: WebhookReceiver, requestId: string): string | undefined {
  for (const { body } of receiver.requests) {
    const parsed = JSON.parse(body) as { entry: { changes: { value: { groups?: GroupItem[] } }[] }[] };
    for (const entry of parsed.entry)
      for (const change of entry.changes)
        for (const item of change.value.groups ?? []) if (item.request_id === requestId) return item.group_id;
  }
  return undefined;
}
