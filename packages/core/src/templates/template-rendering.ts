import type { TemplateButton, TemplateContent } from '../messages/index.js';
import { PlatformError } from '../platform/index.js';
import type { Template, TemplateButtonSpec } from './template.js';
import { distinctVariables, fillVariables } from './template-variables.js';

/** A media object of a send (`{id}` of an uploaded file or `{link}`), as the Graph edge parsed it. */
export interface MediaReference {
  readonly id?: string;
  readonly link?: string;
  readonly caption?: string;
  readonly filename?: string;
}

export interface TemplateSendParameter {
  readonly type: string;
  readonly parameter_name?: string;
  readonly text?: string;
  readonly currency?: {
    readonly fallback_value?: string;
    readonly code?: string;
    readonly amount_1000?: number;
  };
  readonly date_time?: { readonly fallback_value?: string };
  readonly image?: MediaReference;
  readonly video?: MediaReference;
  readonly document?: MediaReference;
  readonly location?: {
    readonly latitude?: number;
    readonly longitude?: number;
    readonly name?: string;
    readonly address?: string;
  };
  readonly payload?: string;
  readonly coupon_code?: string;
}

export interface TemplateSendComponent {
  /** header, body or button. */
  readonly type: string;
  readonly sub_type?: string;
  readonly index?: string | number;
  readonly parameters?: readonly TemplateSendParameter[];
}

/** The `template` object of `POST /{PNID}/messages` (contract 2.5). */
export interface TemplateSendInput {
  readonly name: string;
  readonly language: { readonly code: string; readonly policy?: string };
  readonly components?: readonly TemplateSendComponent[];
}

export type HeaderMediaKind = 'image' | 'video' | 'document';

/**
 * Turns a send's media object into an internal media id; the Graph edge supplies it (uploaded ids
 * and links are its business) and throws the Graph error for media it cannot use.
 */
export type ResolveMedia = (kind: HeaderMediaKind, media: MediaReference) => Promise<string>;

export const SEND_LIMITS = Object.freeze({
  headerText: 60,
  /** A body's hydrated text: 32768 when the template is only a body, else 1024 (contract 2.5). */
  bodyOnly: 32_768,
  body: 1024,
  couponCode: 15,
});

const missing = (field: string) => new PlatformError(131008, `Parameter ${field} is required`);
const badValue = (field: string, why: string) => new PlatformError(131009, `${field}: ${why}`);
const wrongFormat = (field: string, expected: string, got: string) =>
  new PlatformError(132012, `${field}: expected a parameter of type ${expected}, got ${got}`);
const countMismatch = (where: string, got: number, expected: number) =>
  new PlatformError(
    132000,
    `${where}: number of localizable_params (${got}) does not match the expected number of params (${expected})`,
  );
const tooLong = (where: string, max: number) =>
  new PlatformError(132005, `${where}: the text with its parameters is longer than ${max} characters`);

/**
 * Whether the template can be sent at all (contract 2.5): it exists in that language and is
 * APPROVED; paused and disabled ones have codes of their own.
 */
export function checkSendable(template: Template | undefined, name: string, language: string): Template {
  if (template === undefined) {
    throw new PlatformError(132001, `template name (${name}) does not exist in ${language}`);
  }
  if (template.status === 'PAUSED') {
    throw new PlatformError(132015, `Template ${name} (${language}) is paused because of low quality`);
  }
  if (template.status === 'DISABLED') {
    throw new PlatformError(132016, `Template ${name} (${language}) is disabled`);
  }
  if (template.status !== 'APPROVED') {
    throw new PlatformError(
      132001,
      `template name (${name}) in ${language} is not approved (status ${template.status})`,
    );
  }
  return template;
}

/** A parameter's text: text, or the fallback of a currency or a date. */
function parameterText(param: TemplateSendParameter, field: string, allowed: readonly string[]): string {
  if (!allowed.includes(param.type)) wrongFormatOf(field, allowed, param.type);
  const value =
    param.type === 'currency'
      ? param.currency?.fallback_value
      : param.type === 'date_time'
        ? param.date_time?.fallback_value
        : param.text;
  const path = param.type === 'text' ? `${field}.text` : `${field}.${param.type}.fallback_value`;
  if (param.type === 'currency' && param.currency === undefined) throw missing(`${field}.currency`);
  if (param.type === 'date_time' && param.date_time === undefined) throw missing(`${field}.date_time`);
  if (typeof value !== 'string' || value === '') throw missing(path);
  // WhatsApp refuses line breaks, tabs and runs of spaces in parameters: they would forge layout.
  if (/[\n\t]| {5,}/.test(value)) {
    throw new PlatformError(
      100,
      `${path}: Param text cannot have new-line/tab characters or more than 4 consecutive spaces`,
    );
  }
  return value;
}

function wrongFormatOf(field: string, allowed: readonly string[], got: string): never {
  throw wrongFormat(field, allowed.join(' or '), got);
}

/**
 * The values of a text's variables from a component's parameters: in order for positional
 * templates, by `parameter_name` for named ones.
 */
function variableValues(
  template: Template,
  text: string,
  params: readonly TemplateSendParameter[],
  where: string,
  field: string,
  allowed: readonly string[],
): Map<string, string> {
  const names = distinctVariables(text);
  if (params.length !== names.length) throw countMismatch(where, params.length, names.length);
  const values = new Map<string, string>();
  params.forEach((param, i) => {
    const path = `${field}.parameters[${i}]`;
    const value = parameterText(param, path, allowed);
    if (template.parameterFormat === 'positional') {
      values.set(names[i]!, value);
      return;
    }
    if (typeof param.parameter_name !== 'string' || param.parameter_name === '')
      throw missing(`${path}.parameter_name`);
    if (!names.includes(param.parameter_name) || values.has(param.parameter_name)) {
      throw new PlatformError(
        132000,
        `${where}: parameter_name (${param.parameter_name}) does not match the expected params (${names.join(', ')})`,
      );
    }
    values.set(param.parameter_name, value);
  });
  return values;
}

const fill = (text: string, values: Map<string, string>) =>
  fillVariables(text, (name) => values.get(name) ?? '');

interface SendParts {
  readonly header?: { readonly component: TemplateSendComponent; readonly field: string };
  readonly body?: { readonly component: TemplateSendComponent; readonly field: string };
  readonly buttons: Map<number, { readonly component: TemplateSendComponent; readonly field: string }>;
}

function splitComponents(send: TemplateSendInput, buttonCount: number): SendParts {
  let header: SendParts['header'];
  let body: SendParts['body'];
  const buttons: SendParts['buttons'] = new Map();
  (send.components ?? []).forEach((component, i) => {
    const field = `template.components[${i}]`;
    const type = typeof component.type === 'string' ? component.type.toLowerCase() : '';
    if (type === 'header' || type === 'body') {
      if ((type === 'header' ? header : body) !== undefined)
        throw badValue(field, `only one ${type} component is allowed`);
      if (type === 'header') header = { component, field };
      else body = { component, field };
      return;
    }
    if (type !== 'button') throw badValue(`${field}.type`, 'must be header, body or button');
    const index =
      typeof component.index === 'number' ? component.index : Number(component.index ?? Number.NaN);
    if (!Number.isInteger(index) || index < 0) throw missing(`${field}.index`);
    if (index >= buttonCount) throw badValue(`${field}.index`, `the template has ${buttonCount} button(s)`);
    if (buttons.has(index)) throw badValue(`${field}.index`, `button ${index} is given twice`);
    buttons.set(index, { component, field });
  });
  return { header, body, buttons };
}

async function renderHeader(
  template: Template,
  part: SendParts['header'],
  resolveMedia: ResolveMedia,
): Promise<TemplateContent['header']> {
  const spec = template.components.header;
  const params = part?.component.parameters ?? [];
  const field = part?.field ?? 'template.components[header]';
  if (spec === undefined) {
    if (params.length > 0) throw countMismatch('header', params.length, 0);
    return undefined;
  }
  if (spec.format === 'TEXT') {
    const values = variableValues(template, spec.text, params, 'header', field, ['text']);
    const text = fill(spec.text, values);
    if ([...text].length > SEND_LIMITS.headerText) throw tooLong('header', SEND_LIMITS.headerText);
    return { type: 'text', text };
  }
  if (params.length !== 1) throw countMismatch('header', params.length, 1);
  const param = params[0]!;
  const path = `${field}.parameters[0]`;
  if (spec.format === 'LOCATION') {
    if (param.type !== 'location') wrongFormatOf(path, ['location'], param.type);
    const location = param.location;
    if (location === undefined) throw missing(`${path}.location`);
    if (typeof location.latitude !== 'number') throw missing(`${path}.location.latitude`);
    if (typeof location.longitude !== 'number') throw missing(`${path}.location.longitude`);
    return {
      type: 'location',
      latitude: location.latitude,
      longitude: location.longitude,
      ...(location.name === undefined ? {} : { name: location.name }),
      ...(location.address === undefined ? {} : { address: location.address }),
    };
  }
  const kind = spec.format.toLowerCase() as HeaderMediaKind;
  if (param.type !== kind) wrongFormatOf(path, [kind], param.type);
  const media = param[kind];
  if (media === undefined) throw missing(`${path}.${kind}`);
  if (media.id === undefined && media.link === undefined) throw missing(`${path}.${kind}.id`);
  const mediaId = await resolveMedia(kind, media);
  return {
    type: kind,
    mediaId,
    ...(kind === 'document' && media.filename !== undefined ? { filename: media.filename } : {}),
  };
}

function renderBody(template: Template, part: SendParts['body']): string {
  const spec = template.components.body;
  const onlyBody =
    template.components.header === undefined &&
    template.components.footer === undefined &&
    template.components.buttons.length === 0;
  const max = onlyBody ? SEND_LIMITS.bodyOnly : SEND_LIMITS.body;
  const values = variableValues(
    template,
    spec.text,
    part?.component.parameters ?? [],
    'body',
    part?.field ?? 'template.components[body]',
    ['text', 'currency', 'date_time'],
  );
  const text = fill(spec.text, values);
  if ([...text].length > max) throw tooLong('body', max);
  return text;
}

/** The send's button component for a template button, checked against its sub_type. */
function buttonPart(
  parts: SendParts,
  index: number,
  subTypes: readonly string[],
  expected: number,
): { params: readonly TemplateSendParameter[]; field: string } {
  const part = parts.buttons.get(index);
  const params = part?.component.parameters ?? [];
  const field = part?.field ?? `template.components[button ${index}]`;
  if (part !== undefined) {
    const subType = typeof part.component.sub_type === 'string' ? part.component.sub_type.toLowerCase() : '';
    if (subType === '') throw missing(`${field}.sub_type`);
    if (!subTypes.includes(subType)) {
      throw new PlatformError(132012, `${field}: button ${index} is a ${subTypes[0]} button, not ${subType}`);
    }
  }
  if (params.length !== expected) throw countMismatch(`button ${index}`, params.length, expected);
  return { params, field };
}

function renderButton(spec: TemplateButtonSpec, index: number, parts: SendParts): TemplateButton {
  switch (spec.type) {
    case 'QUICK_REPLY': {
      // The payload is optional: without one the webhook reports the button's text.
      const part = parts.buttons.get(index);
      const given = part?.component.parameters?.length ?? 0;
      const { params, field } = buttonPart(parts, index, ['quick_reply'], Math.min(given, 1));
      const param = params[0];
      if (param === undefined) return { type: 'quick_reply', text: spec.text };
      if (param.type !== 'payload') wrongFormatOf(`${field}.parameters[0]`, ['payload'], param.type);
      if (typeof param.payload !== 'string' || param.payload === '')
        throw missing(`${field}.parameters[0].payload`);
      return { type: 'quick_reply', text: spec.text, payload: param.payload };
    }
    case 'URL': {
      const dynamic = distinctVariables(spec.url).length > 0;
      const { params, field } = buttonPart(parts, index, ['url'], dynamic ? 1 : 0);
      if (!dynamic) return { type: 'url', text: spec.text, url: spec.url };
      const suffix = parameterText(params[0]!, `${field}.parameters[0]`, ['text']);
      return { type: 'url', text: spec.text, url: fillVariables(spec.url, () => suffix) };
    }
    case 'PHONE_NUMBER':
      buttonPart(parts, index, ['voice_call', 'phone_number'], 0);
      return {
        type: 'phone_number',
        text: spec.text,
        phone: spec.phone_number.startsWith('+') ? spec.phone_number : `+${spec.phone_number}`,
      };
    case 'COPY_CODE': {
      const { params, field } = buttonPart(parts, index, ['copy_code'], 1);
      const param = params[0]!;
      const path = `${field}.parameters[0]`;
      if (param.type !== 'coupon_code') wrongFormatOf(path, ['coupon_code'], param.type);
      if (typeof param.coupon_code !== 'string' || param.coupon_code === '')
        throw missing(`${path}.coupon_code`);
      if ([...param.coupon_code].length > SEND_LIMITS.couponCode) {
        throw badValue(`${path}.coupon_code`, `must be at most ${SEND_LIMITS.couponCode} characters`);
      }
      return { type: 'copy_code', text: 'Copy offer code', code: param.coupon_code };
    }
    case 'OTP': {
      // Authentication templates carry the code as a url button parameter (contract 2.5).
      const { params, field } = buttonPart(parts, index, ['url', 'copy_code'], 1);
      const code = parameterText(params[0]!, `${field}.parameters[0]`, ['text']);
      return { type: 'copy_code', text: spec.text ?? 'Copy code', code };
    }
  }
}

/**
 * Checks a send against the APPROVED template and renders the message the person sees: header,
 * body and footer with their variables filled, buttons with their url suffix, payload or code.
 */
export async function renderTemplate(
  template: Template,
  send: TemplateSendInput,
  resolveMedia: ResolveMedia,
): Promise<TemplateContent> {
  if (send.language.policy !== undefined && send.language.policy !== 'deterministic') {
    throw badValue('template.language.policy', 'must be deterministic');
  }
  const { components } = template;
  const parts = splitComponents(send, components.buttons.length);
  const header = await renderHeader(template, parts.header, resolveMedia);
  const body = renderBody(template, parts.body);
  const buttons = components.buttons.map((spec, i) => renderButton(spec, i, parts));
  return {
    templateId: template.id,
    name: template.name,
    language: template.language,
    category: template.category,
    ...(header === undefined ? {} : { header }),
    body,
    ...(components.footer === undefined ? {} : { footer: components.footer.text }),
    ...(buttons.length === 0 ? {} : { buttons }),
  };
}
