import { timingSafeEqual } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  AccountIdParams,
  AccountView,
  OperatorAccountBody,
  OperatorWabaBody,
  OperatorWabaParams,
  OperatorWabaView,
} from '@parley/contracts';
import { DomainError } from '@parley/core';
import type { Parley } from '../../compose.js';
import { accountView } from '../../account-views.js';
import type { App } from '../app-instance.js';
import { bearerToken } from '../authenticate.js';
import { registerOperatorTemplateRoutes } from './operator-templates.routes.js';

export const OPERATOR_PREFIX = '/v1/operator';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The platform operator's API (the role Meta plays): the check next to a business's name, the
 * premium flag, WABAs disabled and reinstated, and template review. It answers only to the
 * operator token from the configuration.
 */
export function registerOperatorRoutes(app: App, parley: Parley): void {
  const { operatorToken } = parley.config;
  app.register(
    async (plugin) => {
      const operator = plugin.withTypeProvider<TypeBoxTypeProvider>();
      operator.addHook('onRequest', async (request) => {
        if (operatorToken === undefined) {
          throw new DomainError('forbidden', 'The operator API is off: set PARLEY_OPERATOR_TOKEN to use it');
        }
        const token = bearerToken(request);
        if (token === undefined || !sameSecret(token, operatorToken)) {
          throw new DomainError(
            'unauthenticated',
            'Send the operator token as "Authorization: Bearer <token>"',
          );
        }
      });

      operator.patch(
        '/accounts/:accountId',
        { schema: { params: AccountIdParams, body: OperatorAccountBody, response: { 200: AccountView } } },
        async (request) =>
          accountView(await parley.accounts.setStanding(request.params.accountId, request.body)),
      );

      operator.patch(
        '/wabas/:wabaId',
        {
          schema: { params: OperatorWabaParams, body: OperatorWabaBody, response: { 200: OperatorWabaView } },
        },
        async (request) => {
          const waba = await parley.platform.setWabaDisabled(request.params.wabaId, request.body.disabled);
          return { id: waba.id, portfolioId: waba.portfolioId, name: waba.name, disabledAt: waba.disabledAt };
        },
      );

      registerOperatorTemplateRoutes(operator, parley);
    },
    { prefix: OPERATOR_PREFIX },
  );
}
