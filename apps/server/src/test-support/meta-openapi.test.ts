import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import {
  assertMetaRequest,
  assertMetaResponse,
  assertMetaSchema,
  assertMetaWebhook,
} from './meta-openapi.js';

const MESSAGES = '/{Version}/{Phone-Number-ID}/messages';
const sent = {
  messaging_product: 'whatsapp',
  contacts: [{ input: '+16505551234', wa_id: '16505551234' }],
  messages: [{ id: 'wamid.X' }],
};
const inbound = {
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '419561257915477',
      changes: [
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
            contacts: [{ profile: { name: 'Sheena Nelson' }, wa_id: '16505551234' }],
            messages: [
              {
                from: '16505551234',
                id: 'wamid.HBg',
                timestamp: '1749416383',
                type: 'text',
                text: { body: 'Hi' },
              },
            ],
          },
        },
      ],
    },
  ],
};

/** Runs `check` and returns the message it throws with. */
function refusal(check: () => void): string {
  assert.throws(check);
  try {
    check();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe("Meta's OpenAPI document as a test oracle", () => {
  test('the send response Meta documents passes, strictly too', () => {
    assertMetaResponse({ method: 'POST', path: MESSAGES, status: 200, body: sent });
    assertMetaResponse({ method: 'post', path: MESSAGES, status: 200, body: sent }, { strict: true });
  });

  test('a broken send response fails and names each wrong field', () => {
    const message = refusal(() =>
      assertMetaResponse({
        method: 'POST',
        path: MESSAGES,
        status: 200,
        body: { ...sent, contacts: [{ input: 16505551234, wa_id: '16505551234' }], messages: 'wamid.X' },
      }),
    );
    assert.match(message, /POST \/\{Version\}\/\{Phone-Number-ID\}\/messages → 200 does not match/);
    assert.match(message, /\/contacts\/0\/input must be string/);
    assert.match(message, /\/messages must be array/);
  });

  test('strict refuses properties Meta does not document', () => {
    const body = { ...sent, messages: [{ id: 'wamid.X', wamid: 'typo' }] };
    assertMetaResponse({ method: 'POST', path: MESSAGES, status: 200, body });
    const message = refusal(() =>
      assertMetaResponse({ method: 'POST', path: MESSAGES, status: 200, body }, { strict: true }),
    );
    assert.match(message, /\/messages\/0\/wamid is not documented by Meta/);
  });

  test('send requests: a text message passes, a wrong one reports its own problems only', () => {
    const text = {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '16505551234',
      type: 'text',
    };
    assertMetaRequest(
      { method: 'POST', path: MESSAGES, body: { ...text, text: { body: 'Hello' } } },
      { strict: true },
    );
    const message = refusal(() =>
      assertMetaRequest({ method: 'POST', path: MESSAGES, body: { ...text, text: { body: 7 } } }),
    );
    assert.match(message, /\/text\/body must be string/);
    // The discriminator picks the text schema: no noise from the image, audio… schemas.
    assert.doesNotMatch(message, /audio|image/);
    assert.match(
      refusal(() =>
        assertMetaRequest({ method: 'POST', path: MESSAGES, body: { ...text, image: { id: '1' } } }),
      ),
      /unevaluated properties.*image|required property 'text'/,
    );
  });

  test('webhooks: an inbound text message passes, a broken payload fails', () => {
    assertMetaWebhook(inbound, { strict: true });
    const message = refusal(() =>
      assertMetaWebhook({
        object: 'whatsapp_business_account',
        entry: [{ id: 419561257915477, changes: {} }],
      }),
    );
    assert.match(message, /\/entry\/0\/id must be string/);
    assert.match(message, /\/entry\/0\/changes must be array/);
  });

  test('named schemas, such as the Graph error envelope', () => {
    const error = {
      message: '(#100) Invalid parameter',
      type: 'OAuthException',
      code: 100,
      fbtrace_id: 'A1',
    };
    assertMetaSchema('GraphAPIError', { error });
    assert.match(
      refusal(() => assertMetaSchema('GraphAPIError', { error: { ...error, code: '100' } })),
      /\/error\/code must be integer/,
    );
  });

  test('unknown paths, methods and statuses are reported, not passed', () => {
    assert.match(
      refusal(() =>
        assertMetaResponse({ method: 'POST', path: '/{Version}/{PNID}/messages', status: 200, body: {} }),
      ),
      /no path .*did you mean \/\{Version\}\/\{Phone-Number-ID\}\/messages/,
    );
    assert.match(
      refusal(() => assertMetaResponse({ method: 'PUT', path: MESSAGES, status: 200, body: {} })),
      /no PUT on/,
    );
    assert.match(
      refusal(() => assertMetaResponse({ method: 'POST', path: MESSAGES, status: 418, body: {} })),
      /no response for status 418/,
    );
    assert.match(
      refusal(() => assertMetaSchema('NoSuchSchema', {})),
      /no schema named NoSuchSchema/,
    );
  });

  test('a missing document fails clearly, naming where it looked', () => {
    const harness = fileURLToPath(new URL('./meta-openapi.ts', import.meta.url));
    const script = `import(${JSON.stringify(harness)}).then((m) => m.assertMetaSchema('GraphAPIError', {}))`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--eval', script], {
      env: { ...process.env, PARLEY_META_OPENAPI: '/nowhere/meta.yaml' },
      encoding: 'utf8',
    });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /Meta's OpenAPI document is missing at \/nowhere\/meta\.yaml/);
  });
});
