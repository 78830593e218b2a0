import {
  OperatorTemplateDecisionBody,
  OperatorTemplateParams,
  OperatorTemplatesQuery,
  OperatorTemplatesView,
  OperatorTemplateView,
} from '@parley/contracts';
import { DomainError, graphComponents, type Template, type TemplatePageRequest } from '@parley/core';
import type { Parley } from '../../compose.js';
import type { App } from '../app-instance.js';

const DEFAULT_LIMIT = 50;

function operatorTemplateView(template: Template): OperatorTemplateView {
  return {
    id: template.id,
    wabaId: template.wabaId,
    name: template.name,
    language: template.language,
    category: template.category,
    status: template.status,
    rejectedReason: template.rejectedReason,
    components: graphComponents(template.components),
    createdAt: template.createdAt,
    updatedAt: template.updatedAt,
  };
}

/**
 * The operator's template review (contract 4.3), inside the operator plugin: the queue across
 * every WABA, and decisions, whose status changes reach the businesses as webhooks.
 */
export function registerOperatorTemplateRoutes(operator: App, parley: Parley): void {
  const { templates } = parley;

  operator.get(
    '/templates',
    { schema: { querystring: OperatorTemplatesQuery, response: { 200: OperatorTemplatesView } } },
    async (request) => {
      const { status, wabaId, limit = DEFAULT_LIMIT, after } = request.query;
      const filters = status === undefined ? {} : { status: [status] };
      const page: TemplatePageRequest = after === undefined ? { limit } : { limit, after };
      const found =
        wabaId === undefined
          ? await templates.listAll(filters, page)
          : await templates.list(wabaId, filters, page);
      return {
        templates: found.data.map(operatorTemplateView),
        ...(found.hasNext && found.after !== undefined ? { after: found.after } : {}),
      };
    },
  );

  operator.post(
    '/templates/:id/decision',
    {
      schema: {
        params: OperatorTemplateParams,
        body: OperatorTemplateDecisionBody,
        response: { 200: OperatorTemplateView },
      },
    },
    async (request) => {
      const template = await templates.locate(request.params.id);
      if (template === undefined) throw new DomainError('not_found', 'No template has this id');
      return operatorTemplateView(await templates.decide(template.wabaId, template.id, request.body));
    },
  );
}
