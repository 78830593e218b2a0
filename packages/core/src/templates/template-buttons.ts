import type { OtpType, TemplateButtonSpec, TemplateCategory, TemplateComponentInput } from './template.js';
import { distinctVariables } from './template-variables.js';
import {
  length,
  record,
  refuseTemplate,
  stringList,
  TEMPLATE_LIMITS,
  TEMPLATE_SUBCODES,
  text,
  upper,
} from './template-rules.js';

const PHONE = /^\+?[0-9]{1,20}$/;

function buttonText(value: unknown, field: string): string {
  const content = text(value, field)!;
  if (length(content) > TEMPLATE_LIMITS.buttonText) {
    throw refuseTemplate(
      `${field} must be at most ${TEMPLATE_LIMITS.buttonText} characters`,
      TEMPLATE_SUBCODES.characterLimit,
    );
  }
  return content;
}

function checkUrlButton(input: Record<string, unknown>, field: string): TemplateButtonSpec {
  const label = buttonText(input.text, `${field}.text`);
  const url = text(input.url, `${field}.url`)!;
  if (length(url) > TEMPLATE_LIMITS.url) {
    throw refuseTemplate(
      `${field}.url must be at most ${TEMPLATE_LIMITS.url} characters`,
      TEMPLATE_SUBCODES.characterLimit,
    );
  }
  if (!/^https?:\/\/[^\s/]+/i.test(url)) throw refuseTemplate(`${field}.url must be an http or https URL`);
  const variables = distinctVariables(url);
  if (variables.length === 0) {
    if (/\{\{|\}\}/.test(url)) throw refuseTemplate(`${field}.url has a malformed variable`);
    return { type: 'URL', text: label, url };
  }
  if (variables.length > 1 || !url.endsWith('{{1}}') || url.indexOf('{{') !== url.length - 5) {
    throw refuseTemplate(`${field}.url may have one variable, {{1}}, at its end`);
  }
  return {
    type: 'URL',
    text: label,
    url,
    example: stringList(input.example, `${field}.example`).slice(0, 1),
  };
}

const OTP_TYPES: readonly OtpType[] = ['COPY_CODE', 'ONE_TAP', 'ZERO_TAP'];

function checkOtpButton(input: Record<string, unknown>, field: string): TemplateButtonSpec {
  const otpType = upper(input.otp_type) as OtpType;
  if (!OTP_TYPES.includes(otpType))
    throw refuseTemplate(`${field}.otp_type must be COPY_CODE, ONE_TAP or ZERO_TAP`);
  const button: { -readonly [K in keyof Extract<TemplateButtonSpec, { type: 'OTP' }>]: unknown } = {
    type: 'OTP',
    otp_type: otpType,
  };
  if (input.text !== undefined) button.text = buttonText(input.text, `${field}.text`);
  if (input.autofill_text !== undefined)
    button.autofill_text = buttonText(input.autofill_text, `${field}.autofill_text`);
  if (otpType !== 'COPY_CODE') {
    const apps = Array.isArray(input.supported_apps) ? input.supported_apps.map(record) : [];
    const single = typeof input.package_name === 'string' && typeof input.signature_hash === 'string';
    if (!single && apps.length === 0) {
      throw refuseTemplate(
        `${field}: ${otpType} buttons need package_name and signature_hash (or supported_apps)`,
      );
    }
    if (single) {
      button.package_name = input.package_name;
      button.signature_hash = input.signature_hash;
    }
    if (apps.length > 0) {
      if (!apps.every((a) => typeof a.package_name === 'string' && typeof a.signature_hash === 'string')) {
        throw refuseTemplate(`${field}.supported_apps entries need package_name and signature_hash`);
      }
      button.supported_apps = apps.map((a) => ({
        package_name: a.package_name,
        signature_hash: a.signature_hash,
      }));
    }
    if (otpType === 'ZERO_TAP') {
      if (input.zero_tap_terms_accepted !== true) {
        throw refuseTemplate(`${field}: ZERO_TAP buttons need zero_tap_terms_accepted: true`);
      }
      button.zero_tap_terms_accepted = true;
    }
  }
  return button as TemplateButtonSpec;
}

function checkButton(
  input: Record<string, unknown>,
  index: number,
  category: TemplateCategory,
): TemplateButtonSpec {
  const field = `BUTTONS buttons[${index}]`;
  const type = upper(input.type);
  if ((type === 'OTP') !== (category === 'AUTHENTICATION')) {
    throw refuseTemplate(
      category === 'AUTHENTICATION'
        ? 'Authentication templates have one OTP button and no other'
        : 'OTP buttons belong to AUTHENTICATION templates',
    );
  }
  switch (type) {
    case 'QUICK_REPLY':
      return { type: 'QUICK_REPLY', text: buttonText(input.text, `${field}.text`) };
    case 'URL':
      return checkUrlButton(input, field);
    case 'PHONE_NUMBER': {
      const label = buttonText(input.text, `${field}.text`);
      const phone = text(input.phone_number, `${field}.phone_number`)!;
      if (!PHONE.test(phone)) {
        throw refuseTemplate(
          `${field}.phone_number must be a phone number of at most ${TEMPLATE_LIMITS.phone} digits`,
        );
      }
      return { type: 'PHONE_NUMBER', text: label, phone_number: phone };
    }
    case 'COPY_CODE': {
      const example =
        typeof input.example === 'string'
          ? input.example
          : Array.isArray(input.example)
            ? input.example[0]
            : undefined;
      const code = text(example, `${field}.example`)!;
      if (length(code) > TEMPLATE_LIMITS.copyCodeExample) {
        throw refuseTemplate(
          `${field}.example must be at most ${TEMPLATE_LIMITS.copyCodeExample} characters`,
          TEMPLATE_SUBCODES.characterLimit,
        );
      }
      return { type: 'COPY_CODE', example: code };
    }
    case 'OTP':
      return checkOtpButton(input, field);
    default:
      throw refuseTemplate(`${field}.type must be QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE or OTP`);
  }
}

/** The BUTTONS component (contract 4.2): limits per type, ≤ 10 in all, quick replies grouped. */
export function checkButtons(
  input: TemplateComponentInput | undefined,
  category: TemplateCategory,
): TemplateButtonSpec[] {
  if (input === undefined) {
    if (category === 'AUTHENTICATION') throw refuseTemplate('Authentication templates need an OTP button');
    return [];
  }
  const list = input.buttons;
  if (!Array.isArray(list) || list.length === 0 || list.length > TEMPLATE_LIMITS.buttons) {
    throw refuseTemplate(`BUTTONS must have 1 to ${TEMPLATE_LIMITS.buttons} buttons`);
  }
  const buttons = list.map((button, i) => checkButton(record(button), i, category));
  const count = (type: TemplateButtonSpec['type']) => buttons.filter((b) => b.type === type).length;
  const limits: [TemplateButtonSpec['type'], number][] = [
    ['QUICK_REPLY', TEMPLATE_LIMITS.quickReplies],
    ['URL', TEMPLATE_LIMITS.urlButtons],
    ['PHONE_NUMBER', TEMPLATE_LIMITS.phoneButtons],
    ['COPY_CODE', TEMPLATE_LIMITS.copyCodeButtons],
    ['OTP', 1],
  ];
  for (const [type, max] of limits) {
    if (count(type) > max) throw refuseTemplate(`BUTTONS may have at most ${max} ${type} button(s)`);
  }
  // Quick replies are one group, before or after all the other buttons.
  const kinds = buttons.map((b) => b.type === 'QUICK_REPLY');
  const changes = kinds.filter((quick, i) => i > 0 && quick !== kinds[i - 1]).length;
  if (changes > 1)
    throw refuseTemplate('QUICK_REPLY buttons must be grouped together, before or after the others');
  return buttons;
}
