import {
  TEMPLATE_CATEGORIES,
  type BodyComponent,
  type FooterComponent,
  type HeaderComponent,
  type NamedExample,
  type ParameterFormat,
  type TemplateCategory,
  type TemplateComponentInput,
  type TemplateComponents,
  type TemplateCreateInput,
} from './template.js';
import {
  distinctVariables,
  fixedWordCount,
  hasVariableAtEnds,
  isNamedVariable,
  isPositionalVariable,
} from './template-variables.js';
import { checkButtons } from './template-buttons.js';
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

/** A template as validation leaves it, ready for review and storage. */
export interface ValidatedTemplate {
  readonly name: string;
  readonly language: string;
  readonly category: TemplateCategory;
  readonly subCategory: string | null;
  readonly parameterFormat: ParameterFormat;
  readonly messageSendTtlSeconds: number | null;
  readonly components: TemplateComponents;
}
const NAME = /^[a-z0-9_]+$/;
// en, en_US, zh_CN, es_LA, pt_BR, fil: what WhatsApp's language codes look like.
const LANGUAGE = /^[a-z]{2,3}(_[A-Z]{2})?$/;

// Message TTL bounds per category (Meta's: auth 30 s–15 min, utility 30 s–12 h, marketing 12 h–30 d).
const TTL_RANGE: Record<TemplateCategory, readonly [number, number]> = {
  AUTHENTICATION: [30, 900],
  UTILITY: [30, 43_200],
  MARKETING: [43_200, 2_592_000],
};
function checkName(name: string): string {
  if (length(name) > TEMPLATE_LIMITS.name) {
    throw refuseTemplate(
      `name must be at most ${TEMPLATE_LIMITS.name} characters`,
      TEMPLATE_SUBCODES.characterLimit,
    );
  }
  if (!NAME.test(name))
    throw refuseTemplate('name may contain only lowercase letters, digits and underscores');
  return name;
}

function checkCategory(category: string): TemplateCategory {
  const normalised = category.toUpperCase() as TemplateCategory;
  if (!TEMPLATE_CATEGORIES.includes(normalised)) {
    throw refuseTemplate('category must be MARKETING, UTILITY or AUTHENTICATION');
  }
  return normalised;
}

function checkParameterFormat(format: string | undefined): ParameterFormat {
  const normalised = (format ?? 'positional').toLowerCase();
  if (normalised !== 'positional' && normalised !== 'named') {
    throw refuseTemplate('parameter_format must be positional or named');
  }
  return normalised;
}

/**
 * The variables of a text, checked against the template's format: positional ones are `{{1}}`…
 * `{{n}}`, each number used, first appearing in order; named ones are lowercase words.
 */
function checkVariables(content: string, format: ParameterFormat, where: string, subcode: number): string[] {
  const names = distinctVariables(content);
  if (format === 'named') {
    if (!names.every(isNamedVariable)) {
      throw refuseTemplate(`${where}: named templates use variables like {{first_name}}`, subcode);
    }
    return names;
  }
  if (!names.every(isPositionalVariable)) {
    throw refuseTemplate(`${where}: positional templates use variables {{1}}, {{2}}…`, subcode);
  }
  if (names.some((name, i) => Number(name) !== i + 1)) {
    throw refuseTemplate(
      `${where}: variables must be numbered {{1}} to {{${names.length}}} in order`,
      subcode,
    );
  }
  return names;
}

/** The examples of named variables: one per variable, no other. */
function checkNamedExamples(
  value: unknown,
  names: readonly string[],
  field: string,
  subcode: number,
): NamedExample[] {
  const list = Array.isArray(value) ? value.map(record) : [];
  const examples = list.map((e) => ({ param_name: e.param_name, example: e.example }));
  const given = examples.map((e) => e.param_name);
  const ok =
    examples.every(
      (e) => typeof e.param_name === 'string' && typeof e.example === 'string' && e.example !== '',
    ) &&
    given.length === names.length &&
    names.every((name) => given.includes(name));
  if (!ok) throw refuseTemplate(`${field} needs one example for each of ${names.join(', ')}`, subcode);
  return examples as NamedExample[];
}

function checkPositionalExamples(value: unknown, count: number, field: string, subcode: number): string[] {
  const ok =
    Array.isArray(value) && value.length === count && value.every((v) => typeof v === 'string' && v !== '');
  if (!ok) throw refuseTemplate(`${field} needs ${count} example value(s), one per variable`, subcode);
  return value as string[];
}

function checkHeader(
  input: TemplateComponentInput,
  category: TemplateCategory,
  format: ParameterFormat,
): HeaderComponent {
  const subcode = TEMPLATE_SUBCODES.headerFormat;
  if (category === 'AUTHENTICATION') throw refuseTemplate('Authentication templates have no header', subcode);
  const headerFormat = upper(input.format);
  const example = record(input.example);
  switch (headerFormat) {
    case 'TEXT': {
      const content = text(input.text, 'HEADER text')!;
      if (length(content) > TEMPLATE_LIMITS.headerText) {
        throw refuseTemplate(
          `HEADER text must be at most ${TEMPLATE_LIMITS.headerText} characters`,
          TEMPLATE_SUBCODES.characterLimit,
        );
      }
      const names = checkVariables(content, format, 'HEADER', subcode);
      if (names.length > 1) throw refuseTemplate('HEADER text may have at most one variable', subcode);
      if (names.length === 0) return { type: 'HEADER', format: 'TEXT', text: content };
      return {
        type: 'HEADER',
        format: 'TEXT',
        text: content,
        example:
          format === 'named'
            ? {
                header_text_named_params: checkNamedExamples(
                  example.header_text_named_params,
                  names,
                  'HEADER example.header_text_named_params',
                  subcode,
                ),
              }
            : {
                header_text: checkPositionalExamples(
                  example.header_text,
                  1,
                  'HEADER example.header_text',
                  subcode,
                ),
              },
      };
    }
    case 'IMAGE':
    case 'VIDEO':
    case 'DOCUMENT': {
      if (!Array.isArray(example.header_handle) || example.header_handle.length === 0) {
        throw refuseTemplate(
          `A ${headerFormat} header needs example.header_handle with an uploaded sample`,
          subcode,
        );
      }
      return {
        type: 'HEADER',
        format: headerFormat,
        example: { header_handle: stringList(example.header_handle, 'HEADER example.header_handle') },
      };
    }
    case 'LOCATION':
      return { type: 'HEADER', format: 'LOCATION' };
    case 'GIF':
      throw refuseTemplate('GIF headers belong to the Marketing Messages API', subcode);
    default:
      throw refuseTemplate('HEADER format must be TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION', subcode);
  }
}

/** The body WhatsApp writes for authentication templates; the code is its one variable. */
export function authenticationBody(securityRecommendation: boolean): string {
  const body = '*{{1}}* is your verification code.';
  return securityRecommendation ? `${body} For your security, do not share this code.` : body;
}

export const authenticationFooter = (minutes: number): string => `This code expires in ${minutes} minutes.`;

function checkBody(
  input: TemplateComponentInput | undefined,
  category: TemplateCategory,
  format: ParameterFormat,
): BodyComponent {
  const subcode = TEMPLATE_SUBCODES.bodyFormat;
  if (input === undefined) throw refuseTemplate('A template needs a BODY component', subcode);
  if (category === 'AUTHENTICATION') {
    if (
      input.add_security_recommendation !== undefined &&
      typeof input.add_security_recommendation !== 'boolean'
    ) {
      throw refuseTemplate('BODY add_security_recommendation must be a boolean', subcode);
    }
    const recommend = input.add_security_recommendation === true;
    return {
      type: 'BODY',
      text: authenticationBody(recommend),
      ...(recommend ? { add_security_recommendation: true } : {}),
    };
  }
  const content = text(input.text, 'BODY text')!;
  if (length(content) > TEMPLATE_LIMITS.body) {
    throw refuseTemplate(
      `BODY text must be at most ${TEMPLATE_LIMITS.body} characters`,
      TEMPLATE_SUBCODES.characterLimit,
    );
  }
  const names = checkVariables(content, format, 'BODY', subcode);
  if (names.length === 0) return { type: 'BODY', text: content };
  if (hasVariableAtEnds(content)) {
    throw refuseTemplate('BODY text may not start or end with a variable', TEMPLATE_SUBCODES.leadingTrailing);
  }
  if (fixedWordCount(content) < TEMPLATE_LIMITS.wordsPerVariable * names.length) {
    throw refuseTemplate('BODY has too many variables for its length', TEMPLATE_SUBCODES.wordRatio);
  }
  const example = record(input.example);
  if (format === 'named') {
    return {
      type: 'BODY',
      text: content,
      example: {
        body_text_named_params: checkNamedExamples(
          example.body_text_named_params,
          names,
          'BODY example.body_text_named_params',
          subcode,
        ),
      },
    };
  }
  const rows = example.body_text;
  if (!Array.isArray(rows) || rows.length === 0) {
    throw refuseTemplate(
      `BODY example.body_text needs ${names.length} example value(s), one per variable`,
      subcode,
    );
  }
  return {
    type: 'BODY',
    text: content,
    example: {
      body_text: rows.map((row) =>
        checkPositionalExamples(row, names.length, 'BODY example.body_text', subcode),
      ),
    },
  };
}

function checkFooter(input: TemplateComponentInput, category: TemplateCategory): FooterComponent {
  const subcode = TEMPLATE_SUBCODES.footerFormat;
  if (category === 'AUTHENTICATION') {
    const minutes = input.code_expiration_minutes;
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > 90) {
      throw refuseTemplate('FOOTER code_expiration_minutes must be a whole number from 1 to 90', subcode);
    }
    return { type: 'FOOTER', text: authenticationFooter(minutes), code_expiration_minutes: minutes };
  }
  const content = text(input.text, 'FOOTER text')!;
  if (length(content) > TEMPLATE_LIMITS.footer) {
    throw refuseTemplate(
      `FOOTER text must be at most ${TEMPLATE_LIMITS.footer} characters`,
      TEMPLATE_SUBCODES.characterLimit,
    );
  }
  if (distinctVariables(content).length > 0 || /\{\{|\}\}/.test(content)) {
    throw refuseTemplate('FOOTER text may not contain variables', subcode);
  }
  return { type: 'FOOTER', text: content };
}
const COMPONENT_TYPES = ['HEADER', 'BODY', 'FOOTER', 'BUTTONS'] as const;

function checkTtl(value: number | undefined, category: TemplateCategory): number | null {
  if (value === undefined) return null;
  const [min, max] = TTL_RANGE[category];
  if (!Number.isInteger(value) || value < min || value > max) {
    throw refuseTemplate(`message_send_ttl_seconds must be from ${min} to ${max} for ${category} templates`);
  }
  return value;
}

/**
 * Checks a create (or a merged edit) payload against contract 4.2 and returns it normalised:
 * upper-case types, only the fields each component has, authentication text written in.
 * Refusals are `PlatformError(100)` with the contract's subcode where it gives one.
 */
export function validateTemplate(input: TemplateCreateInput): ValidatedTemplate {
  const name = checkName(text(input.name, 'name')!);
  const language = text(input.language, 'language')!;
  if (!LANGUAGE.test(language)) throw refuseTemplate('language must be a language code such as en or en_US');
  const category = checkCategory(text(input.category, 'category')!);
  const parameterFormat = checkParameterFormat(input.parameter_format);
  if (category === 'AUTHENTICATION' && parameterFormat === 'named') {
    throw refuseTemplate('Authentication templates use positional parameters');
  }
  if (!Array.isArray(input.components) || input.components.length === 0) {
    throw refuseTemplate('components must be a non-empty array');
  }
  const byType = new Map<string, TemplateComponentInput>();
  for (const component of input.components) {
    const type = upper(record(component).type);
    if (!(COMPONENT_TYPES as readonly string[]).includes(type)) {
      throw refuseTemplate('Component type must be HEADER, BODY, FOOTER or BUTTONS');
    }
    if (byType.has(type)) throw refuseTemplate(`A template has at most one ${type} component`);
    byType.set(type, component);
  }
  const header = byType.get('HEADER');
  const footer = byType.get('FOOTER');
  const components: TemplateComponents = {
    ...(header === undefined ? {} : { header: checkHeader(header, category, parameterFormat) }),
    body: checkBody(byType.get('BODY'), category, parameterFormat),
    ...(footer === undefined ? {} : { footer: checkFooter(footer, category) }),
    buttons: checkButtons(byType.get('BUTTONS'), category),
  };
  return {
    name,
    language,
    category,
    subCategory: typeof input.sub_category === 'string' ? input.sub_category.toUpperCase() : null,
    parameterFormat,
    messageSendTtlSeconds: checkTtl(input.message_send_ttl_seconds, category),
    components,
  };
}
