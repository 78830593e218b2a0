import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PlatformError } from '../platform/index.js';
import type { TemplateComponentInput, TemplateCreateInput } from './template.js';
import { graphComponents } from './template.js';
import { TEMPLATE_SUBCODES } from './template-rules.js';
import { validateTemplate } from './template-validation.js';

const body = (text: string, example?: unknown): TemplateComponentInput => ({
  type: 'BODY',
  text,
  ...(example === undefined ? {} : { example }),
});
const input = (
  components: TemplateComponentInput[],
  over: Partial<TemplateCreateInput> = {},
): TemplateCreateInput => ({
  name: 'order_update',
  language: 'en_US',
  category: 'UTILITY',
  components,
  ...over,
});

/** The refusal's code and subcode (undefined when none), asserting it is a PlatformError. */
function refusal(payload: TemplateCreateInput): [number, number | undefined, string] {
  try {
    validateTemplate(payload);
  } catch (error) {
    assert.ok(error instanceof PlatformError, String(error));
    return [error.graphCode, error.subcode, error.message];
  }
  assert.fail('accepted');
}
const subcodeOf = (payload: TemplateCreateInput) => refusal(payload)[1];

// Contract 4.2's example body ends with {{2}}, which its own rule (2388299) refuses; Meta's original
// example goes on after the variable, as here.
test('the contract’s example is accepted and normalised to upper-case types', () => {
  const valid = validateTemplate({
    name: 'seasonal_promotion',
    language: 'en_US',
    category: 'marketing',
    components: [
      { type: 'header', format: 'text', text: 'Our {{1}} is on!', example: { header_text: ['Summer Sale'] } },
      {
        type: 'BODY',
        text: 'Shop through {{1}} with code {{2}} today',
        example: { body_text: [['Aug 31', '25OFF']] },
      },
      { type: 'FOOTER', text: 'Reply STOP to opt out' },
      {
        type: 'BUTTONS',
        buttons: [
          { type: 'quick_reply', text: 'Unsubscribe' },
          { type: 'URL', text: 'Shop', url: 'https://x.com/s?p={{1}}', example: ['summer'] },
          { type: 'PHONE_NUMBER', text: 'Call', phone_number: '15550051310' },
        ],
      },
    ],
  });
  assert.equal(valid.category, 'MARKETING');
  assert.equal(valid.parameterFormat, 'positional');
  assert.deepEqual(valid.components, {
    header: {
      type: 'HEADER',
      format: 'TEXT',
      text: 'Our {{1}} is on!',
      example: { header_text: ['Summer Sale'] },
    },
    body: {
      type: 'BODY',
      text: 'Shop through {{1}} with code {{2}} today',
      example: { body_text: [['Aug 31', '25OFF']] },
    },
    footer: { type: 'FOOTER', text: 'Reply STOP to opt out' },
    buttons: [
      { type: 'QUICK_REPLY', text: 'Unsubscribe' },
      { type: 'URL', text: 'Shop', url: 'https://x.com/s?p={{1}}', example: ['summer'] },
      { type: 'PHONE_NUMBER', text: 'Call', phone_number: '15550051310' },
    ],
  });
  // What GET shows is accepted again as is (edits resend it).
  assert.deepEqual(
    validateTemplate({ ...input(graphComponents(valid.components)), category: 'MARKETING' }).components,
    valid.components,
  );
});

test('names: at most 512 of lowercase letters, digits and underscores; languages look like en or en_US', () => {
  assert.equal(validateTemplate(input([body('Hi there')], { name: 'a'.repeat(512) })).name.length, 512);
  assert.deepEqual(refusal(input([body('Hi')], { name: 'a'.repeat(513) })).slice(0, 2), [
    100,
    TEMPLATE_SUBCODES.characterLimit,
  ]);
  for (const name of ['Order', 'order-update', 'order update', '']) {
    assert.equal(refusal(input([body('Hi')], { name }))[0], 100, name);
  }
  for (const language of ['EN', 'english', 'en-US']) {
    assert.equal(refusal(input([body('Hi')], { language }))[0], 100, language);
  }
  assert.equal(refusal(input([body('Hi')], { category: 'PROMO' }))[0], 100);
});

test('components: known types, one of each, a body always', () => {
  assert.equal(subcodeOf(input([{ type: 'FOOTER', text: 'x' }])), TEMPLATE_SUBCODES.bodyFormat);
  assert.equal(refusal(input([body('a'), body('b')]))[0], 100);
  assert.equal(refusal(input([body('a'), { type: 'CAROUSEL' }]))[0], 100);
  assert.equal(refusal(input([]))[0], 100);
});

test('body: ≤ 1024 characters, variables in order with examples, not at either end, not too many', () => {
  assert.equal(validateTemplate(input([body('字'.repeat(1024))])).components.body.text.length, 1024);
  assert.equal(subcodeOf(input([body('x'.repeat(1025))])), TEMPLATE_SUBCODES.characterLimit);
  assert.equal(
    subcodeOf(input([body('Hi {{2}} and {{1}} ok', { body_text: [['a', 'b']] })])),
    TEMPLATE_SUBCODES.bodyFormat,
  );
  assert.equal(
    subcodeOf(input([body('Hi {{1}} and {{3}} ok', { body_text: [['a', 'b']] })])),
    TEMPLATE_SUBCODES.bodyFormat,
  );
  assert.equal(subcodeOf(input([body('Hi {{1}} there')])), TEMPLATE_SUBCODES.bodyFormat);
  assert.equal(
    subcodeOf(input([body('Hi {{1}} there', { body_text: [['a', 'b']] })])),
    TEMPLATE_SUBCODES.bodyFormat,
  );
  assert.equal(
    subcodeOf(input([body('{{1}} is here', { body_text: [['a']] })])),
    TEMPLATE_SUBCODES.leadingTrailing,
  );
  assert.equal(
    subcodeOf(input([body('Your code is {{1}}  ', { body_text: [['a']] })])),
    TEMPLATE_SUBCODES.leadingTrailing,
  );
  assert.equal(
    subcodeOf(input([body('Hi {{1}}{{2}}{{3}} there', { body_text: [['x', 'y', 'z']] })])),
    TEMPLATE_SUBCODES.wordRatio,
  );
  // A repeated variable counts once; punctuation after the last one is not "the end".
  const ok = validateTemplate(
    input([body('Dear {{1}}, welcome {{1}} to our shop {{2}}.', { body_text: [['A', 'B']] })]),
  );
  assert.deepEqual(ok.components.body.example, { body_text: [['A', 'B']] });
});

test('named parameters: {{snake_case}} with body_text_named_params, one example each', () => {
  const named = (text: string, params: unknown) =>
    input([body(text, { body_text_named_params: params })], { parameter_format: 'named' });
  const valid = validateTemplate(
    named('Hi {{first_name}}, order {{order_number}} shipped', [
      { param_name: 'order_number', example: 'A-1' },
      { param_name: 'first_name', example: 'Pablo' },
    ]),
  );
  assert.equal(valid.parameterFormat, 'named');
  assert.equal(subcodeOf(named('Hi {{first_name}} there', [])), TEMPLATE_SUBCODES.bodyFormat);
  assert.equal(
    subcodeOf(named('Hi {{first_name}} there', [{ param_name: 'last_name', example: 'x' }])),
    TEMPLATE_SUBCODES.bodyFormat,
  );
  assert.equal(
    subcodeOf(named('Hi {{1}} there', [{ param_name: '1', example: 'x' }])),
    TEMPLATE_SUBCODES.bodyFormat,
  );
  // Positional templates do not take names.
  assert.equal(
    subcodeOf(input([body('Hi {{first_name}} there', { body_text: [['x']] })])),
    TEMPLATE_SUBCODES.bodyFormat,
  );
});

test('header: text ≤ 60 with at most one variable; media needs a handle; location not for authentication', () => {
  const header = (h: TemplateComponentInput) => input([h, body('Hello there')]);
  assert.equal(
    subcodeOf(header({ type: 'HEADER', format: 'TEXT', text: 'x'.repeat(61) })),
    TEMPLATE_SUBCODES.characterLimit,
  );
  assert.equal(
    subcodeOf(
      header({ type: 'HEADER', format: 'TEXT', text: '{{1}} {{2}}', example: { header_text: ['a', 'b'] } }),
    ),
    TEMPLATE_SUBCODES.headerFormat,
  );
  assert.equal(
    subcodeOf(header({ type: 'HEADER', format: 'TEXT', text: 'Hi {{1}}' })),
    TEMPLATE_SUBCODES.headerFormat,
  );
  for (const format of ['IMAGE', 'VIDEO', 'DOCUMENT']) {
    assert.equal(subcodeOf(header({ type: 'HEADER', format })), TEMPLATE_SUBCODES.headerFormat, format);
    const valid = validateTemplate(
      header({ type: 'HEADER', format, example: { header_handle: ['4::aW1h'] } }),
    );
    assert.deepEqual(valid.components.header, {
      type: 'HEADER',
      format,
      example: { header_handle: ['4::aW1h'] },
    });
  }
  assert.equal(subcodeOf(header({ type: 'HEADER', format: 'GIF' })), TEMPLATE_SUBCODES.headerFormat);
  assert.equal(subcodeOf(header({ type: 'HEADER', format: 'AUDIO' })), TEMPLATE_SUBCODES.headerFormat);
  assert.deepEqual(validateTemplate(header({ type: 'HEADER', format: 'LOCATION' })).components.header, {
    type: 'HEADER',
    format: 'LOCATION',
  });
});

test('footer: ≤ 60 characters and no variables', () => {
  const footer = (text: string) => input([body('Hello there'), { type: 'FOOTER', text }]);
  assert.equal(validateTemplate(footer('x'.repeat(60))).components.footer?.text.length, 60);
  assert.equal(subcodeOf(footer('x'.repeat(61))), TEMPLATE_SUBCODES.characterLimit);
  assert.equal(subcodeOf(footer('Bye {{1}}')), TEMPLATE_SUBCODES.footerFormat);
});

test('buttons: limits per type, ≤ 10 in all, quick replies grouped', () => {
  const buttons = (list: unknown[]) =>
    input([body('Hello there'), { type: 'BUTTONS', buttons: list }], { category: 'MARKETING' });
  const quick = (text = 'Yes') => ({ type: 'QUICK_REPLY', text });
  const url = (u = 'https://x.com/a') => ({ type: 'URL', text: 'Open', url: u });
  const phone = { type: 'PHONE_NUMBER', text: 'Call', phone_number: '+15550051310' };
  const code = { type: 'COPY_CODE', example: 'SAVE10' };

  assert.equal(
    validateTemplate(buttons(Array.from({ length: 10 }, () => quick()))).components.buttons.length,
    10,
  );
  assert.equal(refusal(buttons(Array.from({ length: 11 }, () => quick())))[0], 100);
  assert.equal(refusal(buttons([]))[0], 100);
  assert.equal(subcodeOf(buttons([quick('x'.repeat(26))])), TEMPLATE_SUBCODES.characterLimit);
  assert.equal(refusal(buttons([url(), url(), url()]))[0], 100);
  assert.equal(refusal(buttons([phone, phone]))[0], 100);
  assert.equal(refusal(buttons([code, code]))[0], 100);
  assert.equal(
    subcodeOf(buttons([{ type: 'COPY_CODE', example: 'x'.repeat(16) }])),
    TEMPLATE_SUBCODES.characterLimit,
  );
  assert.equal(refusal(buttons([{ ...phone, phone_number: '1'.repeat(21) }]))[0], 100);
  // Grouped: before or after the others, never around them.
  validateTemplate(buttons([quick(), quick(), url(), phone]));
  validateTemplate(buttons([url(), phone, quick(), quick()]));
  assert.equal(refusal(buttons([quick(), url(), quick()]))[0], 100);
  // URL: ≤ 2000, one variable at the end with an example.
  assert.equal(
    subcodeOf(buttons([url(`https://x.com/${'a'.repeat(2000)}`)])),
    TEMPLATE_SUBCODES.characterLimit,
  );
  assert.equal(refusal(buttons([url('https://x.com/{{1}}/a')]))[0], 100);
  assert.equal(refusal(buttons([url('https://x.com/{{1}}')]))[0], 100);
  assert.equal(refusal(buttons([url('ftp://x.com/a')]))[0], 100);
  const dynamic = validateTemplate(buttons([{ ...url('https://x.com/t/{{1}}'), example: ['abc'] }]));
  assert.deepEqual(dynamic.components.buttons[0], {
    type: 'URL',
    text: 'Open',
    url: 'https://x.com/t/{{1}}',
    example: ['abc'],
  });
  // OTP buttons belong to authentication templates only.
  assert.equal(refusal(buttons([{ type: 'OTP', otp_type: 'COPY_CODE' }]))[0], 100);
  assert.equal(refusal(buttons([{ type: 'FLOW', text: 'Go' }]))[0], 100);
});

test('authentication: text written by the server, one OTP button, code expiry in the footer', () => {
  const auth = (components: TemplateComponentInput[]) =>
    input(components, { category: 'AUTHENTICATION', name: 'login_code' });
  const valid = validateTemplate(
    auth([
      { type: 'BODY', add_security_recommendation: true },
      { type: 'FOOTER', code_expiration_minutes: 10 },
      { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
    ]),
  );
  assert.deepEqual(valid.components, {
    body: {
      type: 'BODY',
      text: '*{{1}}* is your verification code. For your security, do not share this code.',
      add_security_recommendation: true,
    },
    footer: { type: 'FOOTER', text: 'This code expires in 10 minutes.', code_expiration_minutes: 10 },
    buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }],
  });
  const otp = { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE' }] };
  assert.equal(refusal(auth([{ type: 'BODY' }]))[0], 100);
  assert.equal(
    subcodeOf(auth([{ type: 'HEADER', format: 'TEXT', text: 'Hi' }, { type: 'BODY' }, otp])),
    TEMPLATE_SUBCODES.headerFormat,
  );
  assert.equal(
    subcodeOf(auth([{ type: 'BODY' }, { type: 'FOOTER', code_expiration_minutes: 91 }, otp])),
    TEMPLATE_SUBCODES.footerFormat,
  );
  assert.equal(
    refusal(auth([{ type: 'BODY' }, { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'x' }] }]))[0],
    100,
  );
  assert.equal(
    refusal(
      auth([{ type: 'BODY' }, { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'ONE_TAP' }] }]),
    )[0],
    100,
  );
  const oneTap = validateTemplate(
    auth([
      { type: 'BODY' },
      {
        type: 'BUTTONS',
        buttons: [
          { type: 'OTP', otp_type: 'ONE_TAP', package_name: 'com.example', signature_hash: 'K8a%2FAINcGX7' },
        ],
      },
    ]),
  );
  assert.equal(oneTap.components.body.text, '*{{1}}* is your verification code.');
  assert.equal(refusal({ ...auth([{ type: 'BODY' }, otp]), parameter_format: 'named' })[0], 100);
});

test('message_send_ttl_seconds within the category’s range', () => {
  assert.equal(
    validateTemplate(input([body('Hi there')], { message_send_ttl_seconds: 600 })).messageSendTtlSeconds,
    600,
  );
  assert.equal(refusal(input([body('Hi there')], { message_send_ttl_seconds: 10 }))[0], 100);
  assert.equal(
    refusal(input([body('Hi there')], { category: 'MARKETING', message_send_ttl_seconds: 600 }))[0],
    100,
  );
});
