import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PlatformError } from '../platform/index.js';
import type { Template, TemplateComponentInput, TemplateCreateInput, TemplateStatus } from './template.js';
import {
  checkSendable,
  renderTemplate,
  type ResolveMedia,
  type TemplateSendComponent,
  type TemplateSendInput,
  type TemplateSendParameter,
} from './template-rendering.js';
import { validateTemplate } from './template-validation.js';

function approved(input: Partial<TemplateCreateInput> & { components: TemplateComponentInput[] }): Template {
  const valid = validateTemplate({ name: 'order_update', language: 'en_US', category: 'UTILITY', ...input });
  return {
    id: '6000000000000001',
    wabaId: '2000000000000001',
    ...valid,
    status: 'APPROVED',
    rejectedReason: null,
    qualityScore: 'GREEN',
    pauseCount: 0,
    approvedEdits: [],
    createdAt: 0,
    updatedAt: 0,
  };
}

const send = (components: TemplateSendComponent[], code = 'en_US'): TemplateSendInput => ({
  name: 'order_update',
  language: { code, policy: 'deterministic' },
  components,
});
const text = (value: string, name?: string) => ({
  type: 'text',
  text: value,
  ...(name ? { parameter_name: name } : {}),
});
const bodyParams = (...parameters: TemplateSendParameter[]): TemplateSendComponent => ({
  type: 'body',
  parameters,
});

const resolved: { kind: string; id?: string; link?: string }[] = [];
const resolveMedia: ResolveMedia = async (kind, media) => {
  resolved.push({ kind, ...media });
  return `media-of-${media.id ?? media.link}`;
};

/** The Graph code of the refusal, and its details. */
async function refusal(template: Template, input: TemplateSendInput): Promise<[number, string]> {
  try {
    await renderTemplate(template, input, resolveMedia);
  } catch (error) {
    assert.ok(error instanceof PlatformError, String(error));
    return [error.graphCode, error.message];
  }
  assert.fail('rendered');
}
const codeOf = async (template: Template, input: TemplateSendInput) => (await refusal(template, input))[0];

const positional = approved({
  components: [
    {
      type: 'BODY',
      text: 'Hi {{1}}, order {{2}} costs {{3}} and ships {{4}}.',
      example: { body_text: [['a', 'b', 'c', 'd']] },
    },
  ],
});

describe('template rendering', () => {
  test('only an APPROVED template of that name and language is sent', () => {
    assert.throws(
      () => checkSendable(undefined, 'nope', 'en_US'),
      (e: unknown) =>
        e instanceof PlatformError &&
        e.graphCode === 132001 &&
        e.message === 'template name (nope) does not exist in en_US',
    );
    const codes: [TemplateStatus, number][] = [
      ['PENDING', 132001],
      ['REJECTED', 132001],
      ['PAUSED', 132015],
      ['DISABLED', 132016],
    ];
    for (const [status, code] of codes) {
      assert.throws(
        () => checkSendable({ ...positional, status }, 'order_update', 'en_US'),
        (e: unknown) => e instanceof PlatformError && e.graphCode === code,
        status,
      );
    }
    assert.equal(checkSendable(positional, 'order_update', 'en_US'), positional);
  });

  test('positional body parameters fill in order; currency and date_time use their fallback_value', async () => {
    const content = await renderTemplate(
      positional,
      send([
        bodyParams(
          text('Jessica'),
          text('SKB-1'),
          { type: 'currency', currency: { fallback_value: '$100.99', code: 'USD', amount_1000: 100990 } },
          { type: 'date_time', date_time: { fallback_value: 'February 25, 1977' } },
        ),
      ]),
      resolveMedia,
    );
    assert.deepEqual(content, {
      templateId: '6000000000000001',
      name: 'order_update',
      language: 'en_US',
      category: 'UTILITY',
      body: 'Hi Jessica, order SKB-1 costs $100.99 and ships February 25, 1977.',
    });
  });

  test('a parameter count mismatch is 132000 with the contract’s details', async () => {
    assert.deepEqual(await refusal(positional, send([bodyParams(text('Jessica'))])), [
      132000,
      'body: number of localizable_params (1) does not match the expected number of params (4)',
    ]);
    assert.equal(await codeOf(positional, send([])), 132000);
    const plain = approved({ components: [{ type: 'BODY', text: 'Hello there' }] });
    assert.equal(await codeOf(plain, send([bodyParams(text('x'))])), 132000);
    assert.equal((await renderTemplate(plain, send([]), resolveMedia)).body, 'Hello there');
  });

  test('a parameter of the wrong type is 132012; a missing value is 131008', async () => {
    const four = (fourth: TemplateSendParameter) =>
      send([bodyParams(text('a'), text('b'), text('c'), fourth)]);
    assert.equal(await codeOf(positional, four({ type: 'image', image: { id: '1' } })), 132012);
    assert.equal(await codeOf(positional, four({ type: 'currency' })), 131008);
    assert.equal(
      await codeOf(positional, four({ type: 'currency', currency: { code: 'USD', amount_1000: 1 } })),
      131008,
    );
    assert.equal(await codeOf(positional, four({ type: 'date_time', date_time: {} })), 131008);
    assert.equal(await codeOf(positional, four({ type: 'text' })), 131008);
    assert.equal(await codeOf(positional, four(text('two\nlines'))), 100);
    assert.equal(await codeOf(positional, four(text('wide     gap'))), 100);
  });

  test('named parameters are matched by parameter_name, in any order', async () => {
    const named = approved({
      parameter_format: 'named',
      components: [
        {
          type: 'BODY',
          text: 'Hi {{first_name}}, order {{order_number}} is ready',
          example: {
            body_text_named_params: [
              { param_name: 'first_name', example: 'A' },
              { param_name: 'order_number', example: 'B' },
            ],
          },
        },
      ],
    });
    const content = await renderTemplate(
      named,
      send([bodyParams(text('SKB-1', 'order_number'), text('Jessica', 'first_name'))]),
      resolveMedia,
    );
    assert.equal(content.body, 'Hi Jessica, order SKB-1 is ready');
    assert.equal(await codeOf(named, send([bodyParams(text('SKB-1', 'order_number'), text('x'))])), 131008);
    assert.equal(
      await codeOf(named, send([bodyParams(text('SKB-1', 'order_number'), text('x', 'last_name'))])),
      132000,
    );
    assert.equal(
      await codeOf(named, send([bodyParams(text('SKB-1', 'order_number'), text('x', 'order_number'))])),
      132000,
    );
    assert.equal(await codeOf(named, send([bodyParams(text('SKB-1', 'order_number'))])), 132000);
  });

  test('hydrated text too long is 132005: header 60, body 1024 (32768 for a body alone)', async () => {
    const withFooter = approved({
      components: [
        { type: 'HEADER', format: 'TEXT', text: 'News for {{1}}', example: { header_text: ['x'] } },
        { type: 'BODY', text: 'Dear {{1}}, thanks', example: { body_text: [['x']] } },
        { type: 'FOOTER', text: 'Bye' },
      ],
    });
    const header = (value: string): TemplateSendComponent => ({ type: 'header', parameters: [text(value)] });
    assert.equal(await codeOf(withFooter, send([header('x'.repeat(52)), bodyParams(text('a'))])), 132005);
    assert.equal(await codeOf(withFooter, send([header('x'), bodyParams(text('a'.repeat(1012)))])), 132005);
    const ok = await renderTemplate(withFooter, send([header('Ann'), bodyParams(text('Ann'))]), resolveMedia);
    assert.deepEqual(
      [ok.header, ok.body, ok.footer],
      [{ type: 'text', text: 'News for Ann' }, 'Dear Ann, thanks', 'Bye'],
    );
    const alone = approved({
      components: [{ type: 'BODY', text: 'Dear {{1}}, thanks', example: { body_text: [['x']] } }],
    });
    assert.equal(
      (await renderTemplate(alone, send([bodyParams(text('a'.repeat(5000)))]), resolveMedia)).body.length,
      5013,
    );
    assert.equal(await codeOf(alone, send([bodyParams(text('a'.repeat(32_760)))])), 132005);
  });

  test('media headers resolve their id or link; a location header carries its place', async () => {
    for (const format of ['IMAGE', 'VIDEO', 'DOCUMENT'] as const) {
      const template = approved({
        components: [
          { type: 'HEADER', format, example: { header_handle: ['h'] } },
          { type: 'BODY', text: 'Your file' },
        ],
      });
      const kind = format.toLowerCase();
      const content = await renderTemplate(
        template,
        send([
          {
            type: 'header',
            parameters: [{ type: kind, [kind]: { link: 'https://x.com/f', filename: 'f.pdf' } }],
          },
        ]),
        resolveMedia,
      );
      assert.deepEqual(content.header, {
        type: kind,
        mediaId: 'media-of-https://x.com/f',
        ...(kind === 'document' ? { filename: 'f.pdf' } : {}),
      });
      assert.deepEqual(resolved.at(-1), { kind, link: 'https://x.com/f', filename: 'f.pdf' });
      assert.equal(await codeOf(template, send([])), 132000);
      assert.equal(await codeOf(template, send([{ type: 'header', parameters: [text('x')] }])), 132012);
      assert.equal(
        await codeOf(template, send([{ type: 'header', parameters: [{ type: kind, [kind]: {} }] }])),
        131008,
      );
    }
    const place = approved({
      components: [
        { type: 'HEADER', format: 'LOCATION' },
        { type: 'BODY', text: 'We are here' },
      ],
    });
    const location = { latitude: 52.5, longitude: 13.4, name: 'Shop' };
    const content = await renderTemplate(
      place,
      send([{ type: 'header', parameters: [{ type: 'location', location }] }]),
      resolveMedia,
    );
    assert.deepEqual(content.header, { type: 'location', latitude: 52.5, longitude: 13.4, name: 'Shop' });
    assert.equal(
      await codeOf(
        place,
        send([{ type: 'header', parameters: [{ type: 'location', location: { latitude: 1 } }] }]),
      ),
      131008,
    );
  });

  test('buttons: url suffix, quick-reply payloads, phone, copy code', async () => {
    const template = approved({
      category: 'MARKETING',
      components: [
        { type: 'BODY', text: 'Our offer for you' },
        {
          type: 'BUTTONS',
          buttons: [
            { type: 'QUICK_REPLY', text: 'Stop' },
            { type: 'QUICK_REPLY', text: 'More' },
            { type: 'URL', text: 'Track', url: 'https://x.com/t/{{1}}', example: ['abc'] },
            { type: 'URL', text: 'Home', url: 'https://x.com' },
            { type: 'PHONE_NUMBER', text: 'Call', phone_number: '15550051310' },
            { type: 'COPY_CODE', example: 'SAVE10' },
          ],
        },
      ],
    });
    const button = (
      subType: string,
      index: string | number,
      parameters: TemplateSendParameter[],
    ): TemplateSendComponent => ({
      type: 'button',
      sub_type: subType,
      index,
      parameters,
    });
    const content = await renderTemplate(
      template,
      send([
        button('quick_reply', '0', [{ type: 'payload', payload: 'opt-out' }]),
        button('url', 2, [text('A%2F1')]),
        button('copy_code', '5', [{ type: 'coupon_code', coupon_code: 'SAVE25' }]),
      ]),
      resolveMedia,
    );
    assert.deepEqual(content.buttons, [
      { type: 'quick_reply', text: 'Stop', payload: 'opt-out' },
      { type: 'quick_reply', text: 'More' },
      { type: 'url', text: 'Track', url: 'https://x.com/t/A%2F1' },
      { type: 'url', text: 'Home', url: 'https://x.com' },
      { type: 'phone_number', text: 'Call', phone: '+15550051310' },
      { type: 'copy_code', text: 'Copy offer code', code: 'SAVE25' },
    ]);
    const needed = [
      button('url', 2, [text('x')]),
      button('copy_code', 5, [{ type: 'coupon_code', coupon_code: 'C' }]),
    ];
    assert.equal((await renderTemplate(template, send(needed), resolveMedia)).buttons?.length, 6);
    // The dynamic url and the code are required.
    assert.deepEqual(await refusal(template, send([needed[1]!])), [
      132000,
      'button 2: number of localizable_params (0) does not match the expected number of params (1)',
    ]);
    assert.equal(await codeOf(template, send([needed[0]!])), 132000);
    // A static url takes no parameter; a sub_type must match the button.
    assert.equal(await codeOf(template, send([...needed, button('url', 3, [text('x')])])), 132000);
    assert.equal(await codeOf(template, send([...needed, button('url', 0, [text('x')])])), 132012);
    assert.equal(await codeOf(template, send([...needed, button('quick_reply', 0, [text('x')])])), 132012);
    assert.equal(await codeOf(template, send([...needed, button('quick_reply', 9, [])])), 131009);
    assert.equal(await codeOf(template, send([...needed, button('quick_reply', 'x', [])])), 131008);
    assert.equal(await codeOf(template, send([...needed, { type: 'footer' }])), 131009);
    const longCode = [
      needed[0]!,
      button('copy_code', 5, [{ type: 'coupon_code', coupon_code: 'x'.repeat(16) }]),
    ];
    assert.equal(await codeOf(template, send(longCode)), 131009);
  });

  test('authentication templates: the code in the body and on the OTP button', async () => {
    const otp = approved({
      category: 'AUTHENTICATION',
      components: [
        { type: 'BODY', add_security_recommendation: true },
        { type: 'FOOTER', code_expiration_minutes: 5 },
        { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy' }] },
      ],
    });
    const content = await renderTemplate(
      otp,
      send([
        bodyParams(text('123456')),
        { type: 'button', sub_type: 'url', index: '0', parameters: [text('123456')] },
      ]),
      resolveMedia,
    );
    assert.deepEqual(content, {
      templateId: otp.id,
      name: 'order_update',
      language: 'en_US',
      category: 'AUTHENTICATION',
      body: '*123456* is your verification code. For your security, do not share this code.',
      footer: 'This code expires in 5 minutes.',
      buttons: [{ type: 'copy_code', text: 'Copy', code: '123456' }],
    });
    assert.equal(await codeOf(otp, send([bodyParams(text('123456'))])), 132000);
  });

  test('language.policy, when sent, is deterministic', async () => {
    const plain = approved({ components: [{ type: 'BODY', text: 'Hello there' }] });
    assert.equal(
      await codeOf(plain, { name: 'order_update', language: { code: 'en_US', policy: 'fallback' } }),
      131009,
    );
  });
});
