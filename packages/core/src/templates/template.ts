/**
 * Message templates of a WhatsApp Business Account. Components keep the Graph's own spelling
 * (`HEADER`, `example.body_text`, `phone_number`…): the Graph API is the only way templates are
 * made and read, and `GET` must answer with what was created, so translating them buys nothing.
 */

export type TemplateCategory = 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
export const TEMPLATE_CATEGORIES: readonly TemplateCategory[] = ['MARKETING', 'UTILITY', 'AUTHENTICATION'];

export type ParameterFormat = 'positional' | 'named';

/** The statuses this server moves templates through (contract 4.3). */
export type TemplateStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'PAUSED' | 'DISABLED';

export type RejectionReason =
  | 'ABUSIVE_CONTENT'
  | 'INCORRECT_CATEGORY'
  | 'INVALID_FORMAT'
  | 'PROMOTIONAL'
  | 'SCAM'
  | 'TAG_CONTENT_MISMATCH';

export type QualityScore = 'GREEN' | 'YELLOW' | 'RED' | 'UNKNOWN';

export interface NamedExample {
  readonly param_name: string;
  readonly example: string;
}

export type HeaderComponent =
  | {
      readonly type: 'HEADER';
      readonly format: 'TEXT';
      readonly text: string;
      readonly example?: {
        readonly header_text?: readonly string[];
        readonly header_text_named_params?: readonly NamedExample[];
      };
    }
  | {
      readonly type: 'HEADER';
      readonly format: 'IMAGE' | 'VIDEO' | 'DOCUMENT';
      readonly example: { readonly header_handle: readonly string[] };
    }
  | { readonly type: 'HEADER'; readonly format: 'LOCATION' };

export interface BodyComponent {
  readonly type: 'BODY';
  /** For AUTHENTICATION templates the server writes the text, as WhatsApp does. */
  readonly text: string;
  readonly add_security_recommendation?: boolean;
  readonly example?: {
    readonly body_text?: readonly (readonly string[])[];
    readonly body_text_named_params?: readonly NamedExample[];
  };
}

export interface FooterComponent {
  readonly type: 'FOOTER';
  readonly text: string;
  readonly code_expiration_minutes?: number;
}

export type OtpType = 'COPY_CODE' | 'ONE_TAP' | 'ZERO_TAP';

export type TemplateButtonSpec =
  | { readonly type: 'QUICK_REPLY'; readonly text: string }
  | {
      readonly type: 'URL';
      readonly text: string;
      readonly url: string;
      readonly example?: readonly string[];
    }
  | { readonly type: 'PHONE_NUMBER'; readonly text: string; readonly phone_number: string }
  | { readonly type: 'COPY_CODE'; readonly example: string }
  | {
      readonly type: 'OTP';
      readonly otp_type: OtpType;
      readonly text?: string;
      readonly autofill_text?: string;
      readonly package_name?: string;
      readonly signature_hash?: string;
      readonly zero_tap_terms_accepted?: boolean;
      readonly supported_apps?: readonly { readonly package_name: string; readonly signature_hash: string }[];
    };

/** One of each, validated; `buttons` is empty when the template has none. */
export interface TemplateComponents {
  readonly header?: HeaderComponent;
  readonly body: BodyComponent;
  readonly footer?: FooterComponent;
  readonly buttons: readonly TemplateButtonSpec[];
}

export interface Template {
  /** Digits, like every Graph-visible id. */
  readonly id: string;
  readonly wabaId: string;
  readonly name: string;
  readonly language: string;
  readonly category: TemplateCategory;
  readonly subCategory: string | null;
  readonly parameterFormat: ParameterFormat;
  readonly components: TemplateComponents;
  readonly status: TemplateStatus;
  /** The last rejection's reason; null unless REJECTED. */
  readonly rejectedReason: RejectionReason | null;
  readonly qualityScore: QualityScore;
  readonly messageSendTtlSeconds: number | null;
  /** Times paused so far: the third pause disables the template. */
  readonly pauseCount: number;
  /** When the template was edited while approved, within the last 30 days (for the edit limits). */
  readonly approvedEdits: readonly number[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A component as a Graph client sends it: anything, checked by `validateTemplate`. */
export interface TemplateComponentInput {
  readonly type: string;
  readonly [field: string]: unknown;
}

/** `POST /{WABA}/message_templates`, as the Graph edge parsed it. */
export interface TemplateCreateInput {
  readonly name: string;
  readonly language: string;
  readonly category: string;
  readonly parameter_format?: string;
  readonly sub_category?: string;
  readonly message_send_ttl_seconds?: number;
  readonly components: readonly TemplateComponentInput[];
}

/** `POST /{TEMPLATE_ID}`: the components array, when given, replaces the old one whole. */
export interface TemplateEditInput {
  readonly category?: string;
  readonly parameter_format?: string;
  readonly message_send_ttl_seconds?: number;
  readonly components?: readonly TemplateComponentInput[];
}

/** The components as the Graph lists them, in Meta's order. */
export function graphComponents(components: TemplateComponents): TemplateComponentInput[] {
  const list: TemplateComponentInput[] = [];
  if (components.header !== undefined) list.push({ ...components.header });
  list.push({ ...components.body });
  if (components.footer !== undefined) list.push({ ...components.footer });
  if (components.buttons.length > 0) list.push({ type: 'BUTTONS', buttons: components.buttons });
  return list;
}
