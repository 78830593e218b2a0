import {
  GraphTemplateCreateBody,
  GraphTemplateDeleteQuery,
  GraphTemplateEditBody,
  GraphTemplateListQuery,
} from '@parley/contracts';
import {
  graphComponents,
  isPlatformError,
  PlatformError,
  TEMPLATE_CATEGORIES,
  unknownObject,
  type GraphPrincipal,
  type Template,
  type TemplateCategory,
  type TemplateComponentInput,
  type TemplateFilters,
  type TemplateStatus,
} from '@parley/core';
import { Type } from '@sinclair/typebox';
import type { ValidateFunction } from 'ajv';
import type { FastifyRequest } from 'fastify';
import { validatorCompiler } from '../../validators.js';
import { graphPrincipalOf } from '../graph-auth.js';
import type { GraphContext } from '../graph-context.js';
import { toGraphError } from '../graph-errors.js';
import { selectFields } from '../graph-fields.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, nextLink, previousLink } from '../graph-paging.js';

const MANAGEMENT = 'whatsapp_business_management' as const;
const Params = Type.Object({ id: Type.String() });
const tags = ['Graph: templates'];

/** What `GET /{WABA}/message_templates` and `GET /{TEMPLATE_ID}` show without `?fields=` (contract 4.1). */
export const TEMPLATE_DEFAULT_FIELDS = [
  'name',
  'parameter_format',
  'components',
  'language',
  'status',
  'category',
  'sub_category',
] as const;

/** Every status Graph filters by (contract 4.3); those Parley never sets simply match nothing. */
const FILTER_STATUSES = [
  'APPROVED',
  'PENDING',
  'REJECTED',
  'PAUSED',
  'DISABLED',
  'IN_APPEAL',
  'PENDING_DELETION',
  'DELETED',
  'ARCHIVED',
  'LIMIT_EXCEEDED',
  'FLAGGED',
  'REINSTATED',
  'LOCKED',
];

/** A template node in Graph's spelling. */
export function templateNode(template: Template): Record<string, unknown> {
  return {
    id: template.id,
    name: template.name,
    language: template.language,
    status: template.status,
    category: template.category,
    sub_category: template.subCategory ?? undefined,
    parameter_format: template.parameterFormat.toUpperCase(),
    components: graphComponents(template.components),
    rejected_reason: template.rejectedReason ?? 'NONE',
    quality_score: { score: template.qualityScore },
    message_send_ttl_seconds: template.messageSendTtlSeconds ?? undefined,
  };
}

/** A list filter as Graph clients send it: `A,B`, or a JSON array `["A","B"]`. */
function listParam(value: string | undefined, field: string): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let items: unknown = value.split(',');
  if (value.trim().startsWith('[')) {
    try {
      items = JSON.parse(value);
    } catch {
      items = undefined;
    }
  }
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) {
    throw new PlatformError(
      131009,
      `Param ${field} must be a comma-separated list or a JSON array of strings.`,
    );
  }
  return [...new Set(items.map((item: string) => item.trim()).filter((item) => item !== ''))];
}

function oneOf<T extends string>(
  values: string[] | undefined,
  allowed: readonly string[],
  field: string,
): T[] | undefined {
  const upper = values?.map((value) => value.toUpperCase());
  const wrong = upper?.find((value) => !allowed.includes(value));
  if (wrong !== undefined) {
    throw new PlatformError(100, `Param ${field} must be one of {${allowed.join(', ')}}, not "${wrong}".`);
  }
  return upper as T[] | undefined;
}

function filtersOf(query: GraphTemplateListQuery): TemplateFilters {
  const status = oneOf<TemplateStatus>(listParam(query.status, 'status'), FILTER_STATUSES, 'status');
  const category = oneOf<TemplateCategory>(
    listParam(query.category, 'category'),
    TEMPLATE_CATEGORIES,
    'category',
  );
  const language = listParam(query.language, 'language');
  return {
    ...(query.name === undefined ? {} : { name: query.name }),
    ...(query.name_or_content === undefined ? {} : { nameOrContent: query.name_or_content }),
    ...(status === undefined ? {} : { status }),
    ...(category === undefined ? {} : { category }),
    ...(language === undefined ? {} : { language }),
  };
}

/** `components` as a JSON array, or as a form field holding the array's JSON. */
function componentsOf(value: string | readonly TemplateComponentInput[]): readonly TemplateComponentInput[] {
  if (typeof value !== 'string') return value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.every(
      (c) => typeof c === 'object' && c !== null && typeof (c as { type?: unknown }).type === 'string',
    );
  if (!valid) throw new PlatformError(131009, 'Param components must be a JSON array of components.');
  return parsed as TemplateComponentInput[];
}

const ttlOf = (value: number | string | undefined) => (value === undefined ? undefined : Number(value));

const validateEdit = validatorCompiler({
  schema: GraphTemplateEditBody,
  method: 'POST',
  url: '/:id',
  httpPart: 'body',
}) as ValidateFunction<GraphTemplateEditBody>;

/** Node routes have no schema of their own: the edit body is checked here, with the same envelope. */
function editBodyOf(request: FastifyRequest): GraphTemplateEditBody {
  const body = request.body ?? {};
  if (!validateEdit(body)) {
    throw Object.assign(new Error('The request body is not valid'), {
      validation: validateEdit.errors ?? [],
      validationContext: 'body',
    });
  }
  return body;
}

/**
 * Template management on the WABA edge and the template node (contract 4.1, 4.2). Every call
 * needs the management permission on the template's WABA; other WABAs' ids look unknown.
 */
export function registerTemplateRoutes({ graph, parley, nodes }: GraphContext): void {
  const { platform, templates } = parley;

  async function accessTemplate(principal: GraphPrincipal, id: string): Promise<Template> {
    const template = await templates.locate(id);
    if (template === undefined) throw unknownObject(id);
    platform.assertGrant(principal, id, template.wabaId, MANAGEMENT);
    return template;
  }

  graph.post(
    '/:id/message_templates',
    {
      schema: {
        summary: 'Create a message template',
        tags,
        params: Params,
        body: GraphTemplateCreateBody,
      },
    },
    async (request) => {
      const waba = await platform.accessWaba(graphPrincipalOf(request), request.params.id, MANAGEMENT);
      const body = request.body;
      const ttl = ttlOf(body.message_send_ttl_seconds);
      const template = await templates.create(waba.id, {
        name: body.name,
        language: body.language,
        category: body.category,
        ...(body.parameter_format === undefined ? {} : { parameter_format: body.parameter_format }),
        ...(body.sub_category === undefined ? {} : { sub_category: body.sub_category }),
        ...(ttl === undefined ? {} : { message_send_ttl_seconds: ttl }),
        components: componentsOf(body.components as string | TemplateComponentInput[]),
      });
      return { id: template.id, status: template.status, category: template.category };
    },
  );

  graph.get(
    '/:id/message_templates',
    {
      schema: {
        summary: "A WhatsApp Business Account's message templates",
        tags,
        params: Params,
        querystring: GraphTemplateListQuery,
      },
    },
    async (request) => {
      const { query } = request;
      const waba = await platform.accessWaba(graphPrincipalOf(request), request.params.id, MANAGEMENT);
      const filters = filtersOf(query);
      const after = decodeCursor(query.after);
      const before = decodeCursor(query.before);
      const limit = query.limit ?? DEFAULT_PAGE_SIZE;
      const page = await templates.list(waba.id, filters, {
        limit,
        ...(after === undefined ? {} : { after }),
        ...(before === undefined ? {} : { before }),
      });
      const data = page.data.map((t) => selectFields(templateNode(t), query.fields, TEMPLATE_DEFAULT_FIELDS));
      if (page.before === undefined || page.after === undefined) return { data };
      const cursors = { before: encodeCursor(page.before), after: encodeCursor(page.after) };
      return {
        data,
        paging: {
          cursors,
          // Clients stop when `next` is missing, so it appears only when a page follows.
          ...(page.hasNext ? { next: nextLink(request, cursors.after) } : {}),
          ...(page.hasPrevious ? { previous: previousLink(request, cursors.before) } : {}),
        },
      };
    },
  );

  graph.delete(
    '/:id/message_templates',
    {
      schema: {
        summary: 'Delete a message template: every language of a name, or one by hsm_id',
        tags,
        params: Params,
        querystring: GraphTemplateDeleteQuery,
      },
    },
    async (request, reply) => {
      const waba = await platform.accessWaba(graphPrincipalOf(request), request.params.id, MANAGEMENT);
      const { name, hsm_id: id } = request.query;
      try {
        await templates.delete(waba.id, id === undefined ? { name } : { id, name });
      } catch (error) {
        // The one Graph refusal clients expect as a 404 (contract 14.1).
        if (isPlatformError(error) && error.details?.missingTemplateName === true) {
          return reply.status(404).send(toGraphError(error).body);
        }
        throw error;
      }
      return { success: true };
    },
  );

  nodes.on('template', 'GET', async (id, request) => {
    const template = await accessTemplate(graphPrincipalOf(request), id);
    const { fields } = (request.query ?? {}) as { fields?: unknown };
    return selectFields(templateNode(template), fields, TEMPLATE_DEFAULT_FIELDS);
  });

  // `POST /{TEMPLATE_ID}`: category, components or TTL; the components replace the old ones whole.
  nodes.on('template', 'POST', async (id, request) => {
    const template = await accessTemplate(graphPrincipalOf(request), id);
    const body = editBodyOf(request);
    for (const field of ['name', 'language'] as const) {
      if (body[field] !== undefined && body[field] !== template[field]) {
        throw new PlatformError(100, `A template's ${field} cannot be changed.`);
      }
    }
    const { category, components, message_send_ttl_seconds, parameter_format } = body;
    if ([category, components, message_send_ttl_seconds, parameter_format].every((v) => v === undefined)) {
      throw new PlatformError(
        131008,
        'The parameter components, category or message_send_ttl_seconds is required.',
      );
    }
    const ttl = ttlOf(body.message_send_ttl_seconds);
    await templates.edit(template.wabaId, id, {
      ...(body.category === undefined ? {} : { category: body.category }),
      ...(body.parameter_format === undefined ? {} : { parameter_format: body.parameter_format }),
      ...(ttl === undefined ? {} : { message_send_ttl_seconds: ttl }),
      ...(body.components === undefined
        ? {}
        : { components: componentsOf(body.components as string | TemplateComponentInput[]) }),
    });
    return { success: true };
  });
}
