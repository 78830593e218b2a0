import {
  AccountIdParams,
  AccountView,
  BusinessProfileView,
  ChangeAccountKindBody,
  UpdateBusinessProfileBody,
} from '@parley/contracts';
import type { Parley } from '../../compose.js';
import { accountView } from '../../account-views.js';
import { businessProfileView } from '../../business-views.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';

/** Becoming a business, and the business profile customers see. */
export function registerBusinessRoutes(app: App, parley: Parley): void {
  const { accounts, business } = parley;

  app.put(
    '/v1/me/kind',
    { schema: { body: ChangeAccountKindBody, response: { 200: AccountView } } },
    async (request) => {
      const { accountId } = principalOf(request);
      if (request.body.kind === 'personal') return accounts.refuseConversionToPersonal(accountId);
      return accountView(await accounts.convertToBusiness(accountId));
    },
  );

  app.get(
    '/v1/me/business-profile',
    { schema: { response: { 200: BusinessProfileView } } },
    async (request) => businessProfileView(await business.profile(principalOf(request).accountId)),
  );

  app.patch(
    '/v1/me/business-profile',
    { schema: { body: UpdateBusinessProfileBody, response: { 200: BusinessProfileView } } },
    async (request) => {
      const { accountId } = principalOf(request);
      return businessProfileView(await business.updateProfile(accountId, request.body));
    },
  );

  app.get(
    '/v1/accounts/:accountId/business-profile',
    { schema: { params: AccountIdParams, response: { 200: BusinessProfileView } } },
    async (request) => {
      principalOf(request);
      return businessProfileView(await business.profile(request.params.accountId));
    },
  );
}
