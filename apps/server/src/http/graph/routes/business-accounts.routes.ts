import { numberCursor } from '@parley/core';
import { Type } from '@sinclair/typebox';
import { graphPrincipalOf } from '../graph-auth.js';
import { selectFields } from '../graph-fields.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, graphPage, PagingQuery } from '../graph-paging.js';
import type { GraphContext } from '../graph-context.js';
import { NUMBER_DEFAULT_FIELDS, NUMBER_LIST_FIELDS, phoneNumberNode } from '../phone-number-view.js';

const FieldsQuery = { fields: Type.Optional(Type.String({ maxLength: 2000 })) };

/** WhatsApp Business Accounts and their phone numbers (contract 8.1). */
export function registerBusinessAccountRoutes({ graph, parley, nodes }: GraphContext): void {
  const { platform } = parley;

  nodes.on('waba', 'GET', async (id, request) => {
    const waba = await platform.accessWaba(graphPrincipalOf(request), id, 'whatsapp_business_management');
    const node = {
      id: waba.id,
      name: waba.name,
      timezone_id: waba.timezoneId,
      message_template_namespace: waba.namespace,
      currency: 'USD',
      account_review_status: 'APPROVED',
    };
    return selectFields(node, (request.query as { fields?: unknown }).fields, [
      'name',
      'timezone_id',
      'message_template_namespace',
    ]);
  });

  nodes.on('phone_number', 'GET', async (id, request) => {
    const number = await platform.accessNumber(graphPrincipalOf(request), id, 'whatsapp_business_management');
    return selectFields(
      phoneNumberNode(number),
      (request.query as { fields?: unknown }).fields,
      NUMBER_DEFAULT_FIELDS,
    );
  });

  graph.get(
    '/:id/phone_numbers',
    {
      schema: {
        summary: "A WhatsApp Business Account's phone numbers",
        tags: ['Graph: phone numbers'],
        params: Type.Object({ id: Type.String() }),
        querystring: Type.Object({ ...FieldsQuery, ...PagingQuery }, { additionalProperties: true }),
      },
    },
    async (request) => {
      const waba = await platform.accessWaba(
        graphPrincipalOf(request),
        request.params.id,
        'whatsapp_business_management',
      );
      const limit = request.query.limit ?? DEFAULT_PAGE_SIZE;
      const rows = await platform.listNumbers(waba.id, { limit, after: decodeCursor(request.query.after) });
      return graphPage(request, rows, limit, numberCursor, (number) =>
        selectFields(phoneNumberNode(number), request.query.fields, NUMBER_LIST_FIELDS),
      );
    },
  );
}
