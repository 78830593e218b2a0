import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { GraphId, Strict } from '../common.js';

/**
 * Bodies and queries of template management (contract 4.1, 4.2). The edge checks only shapes: the
 * core's validation gives the contract's own codes (100 with subcodes 2388040, 2388072…) for
 * names, lengths and components, so the bounds here only cap the size of what is read. Graph
 * also takes these as form fields, so numbers may come as digit strings and `components` as a
 * JSON string.
 */
const Opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Digits = Type.String({ pattern: '^\\d{1,12}$' });
const FormBoolean = Type.Union([
  Type.Boolean(),
  Type.Unsafe<'true' | 'false'>({ type: 'string', enum: ['true', 'false'] }),
]);

/** One component as clients send it; its fields are the core's to check. */
const Component = Type.Object({ type: Text(32) }, { additionalProperties: true });
/** A JSON array, or the same array as a form field's JSON text. */
const Components = Type.Union([Type.Array(Component, { minItems: 1, maxItems: 20 }), Text(100_000)]);
const Ttl = Type.Union([Type.Integer({ minimum: 0, maximum: 1_000_000_000 }), Digits]);

export const GraphTemplateCreateBody = Type.Object(
  {
    name: Text(4096),
    language: Text(32),
    /** Upper or lower case (contract 4.2). */
    category: Text(32),
    parameter_format: Opt(Text(32)),
    sub_category: Opt(Text(64)),
    message_send_ttl_seconds: Opt(Ttl),
    /** Deprecated by Meta but still sent by older clients; categories are never changed for them. */
    allow_category_change: Opt(FormBoolean),
    components: Components,
  },
  Strict,
);
export type GraphTemplateCreateBody = Static<typeof GraphTemplateCreateBody>;

/**
 * `POST /{TEMPLATE_ID}`. Meta's own example repeats `name` and `language`; they are accepted when
 * they match the template, since neither can change.
 */
export const GraphTemplateEditBody = Type.Object(
  {
    category: Opt(Text(32)),
    parameter_format: Opt(Text(32)),
    message_send_ttl_seconds: Opt(Ttl),
    components: Opt(Components),
    name: Opt(Text(4096)),
    language: Opt(Text(32)),
  },
  Strict,
);
export type GraphTemplateEditBody = Static<typeof GraphTemplateEditBody>;

/**
 * `GET /{WABA}/message_templates`. List filters come as comma lists or JSON arrays; other query
 * keys (`access_token`, Graph's `summary`…) are let through, as Graph does.
 */
export const GraphTemplateListQuery = Type.Object(
  {
    fields: Opt(Type.String({ maxLength: 2000 })),
    limit: Opt(Type.Integer({ minimum: 1, maximum: 1000 })),
    after: Opt(Type.String({ maxLength: 512 })),
    before: Opt(Type.String({ maxLength: 512 })),
    name: Opt(Text(4096)),
    name_or_content: Opt(Type.String({ maxLength: 4096 })),
    status: Opt(Type.String({ maxLength: 512 })),
    category: Opt(Type.String({ maxLength: 512 })),
    language: Opt(Type.String({ maxLength: 2048 })),
  },
  { additionalProperties: true },
);
export type GraphTemplateListQuery = Static<typeof GraphTemplateListQuery>;

/** `DELETE /{WABA}/message_templates?name=…[&hsm_id=…]`. */
export const GraphTemplateDeleteQuery = Type.Object(
  { name: Text(4096), hsm_id: Opt(GraphId) },
  { additionalProperties: true },
);
export type GraphTemplateDeleteQuery = Static<typeof GraphTemplateDeleteQuery>;

// The operator's review API (`/v1/operator/templates`), in the client API's style.

const TemplateStatus = Type.Unsafe<'PENDING' | 'APPROVED' | 'REJECTED' | 'PAUSED' | 'DISABLED'>({
  type: 'string',
  enum: ['PENDING', 'APPROVED', 'REJECTED', 'PAUSED', 'DISABLED'],
});
const RejectionReason = Type.Unsafe<
  | 'ABUSIVE_CONTENT'
  | 'INCORRECT_CATEGORY'
  | 'INVALID_FORMAT'
  | 'PROMOTIONAL'
  | 'SCAM'
  | 'TAG_CONTENT_MISMATCH'
>({
  type: 'string',
  enum: [
    'ABUSIVE_CONTENT',
    'INCORRECT_CATEGORY',
    'INVALID_FORMAT',
    'PROMOTIONAL',
    'SCAM',
    'TAG_CONTENT_MISMATCH',
  ],
});

export const OperatorTemplatesQuery = Type.Object(
  {
    status: Opt(TemplateStatus),
    wabaId: Opt(GraphId),
    limit: Opt(Type.Integer({ minimum: 1, maximum: 100 })),
    /** The `after` of the previous page. */
    after: Opt(Type.String({ minLength: 1, maxLength: 128 })),
  },
  Strict,
);
export type OperatorTemplatesQuery = Static<typeof OperatorTemplatesQuery>;

export const OperatorTemplateParams = Type.Object({ id: GraphId }, Strict);

export const OperatorTemplateDecisionBody = Type.Union([
  Type.Object({ action: Type.Literal('approve') }, Strict),
  Type.Object(
    {
      action: Type.Literal('reject'),
      reason: RejectionReason,
      /** Sent to the business as `rejection_info.recommendation`. */
      recommendation: Opt(Type.String({ minLength: 1, maxLength: 1024 })),
    },
    Strict,
  ),
  Type.Object(
    { action: Type.Literal('pause'), description: Opt(Type.String({ minLength: 1, maxLength: 1024 })) },
    Strict,
  ),
  Type.Object({ action: Type.Literal('unpause') }, Strict),
  Type.Object({ action: Type.Literal('disable') }, Strict),
]);
export type OperatorTemplateDecisionBody = Static<typeof OperatorTemplateDecisionBody>;

/** A template as the operator reviews it: the Graph's components, as the business wrote them. */
export const OperatorTemplateView = Type.Object({
  id: GraphId,
  wabaId: GraphId,
  name: Type.String(),
  language: Type.String(),
  category: Type.String(),
  status: TemplateStatus,
  rejectedReason: Type.Union([RejectionReason, Type.Null()]),
  components: Type.Array(Type.Object({ type: Type.String() }, { additionalProperties: true })),
  createdAt: Type.Integer(),
  updatedAt: Type.Integer(),
});
export type OperatorTemplateView = Static<typeof OperatorTemplateView>;

export const OperatorTemplatesView = Type.Object({
  templates: Type.Array(OperatorTemplateView),
  /** Present when another page follows: pass it as `after`. */
  after: Opt(Type.String()),
});
export type OperatorTemplatesView = Static<typeof OperatorTemplatesView>;
