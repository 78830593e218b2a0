import { AccountIdParams, AccountView, PublicProfileView, UpdateProfileBody } from '@parley/contracts';
import type { Parley } from '../../compose.js';
import { accountView, publicProfileView } from '../../account-views.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';

/** The signed-in account's own profile, and other accounts' public profiles. */
export function registerProfileRoutes(app: App, parley: Parley): void {
  const { accounts } = parley;

  app.get('/v1/me', { schema: { response: { 200: AccountView } } }, async (request) => {
    const { accountId } = principalOf(request);
    return accountView(await accounts.getProfile(accountId));
  });

  app.patch(
    '/v1/me',
    { schema: { body: UpdateProfileBody, response: { 200: AccountView } } },
    async (request) => {
      const { accountId } = principalOf(request);
      return accountView(await accounts.updateProfile(accountId, request.body));
    },
  );

  app.get(
    '/v1/accounts/:accountId',
    { schema: { params: AccountIdParams, response: { 200: PublicProfileView } } },
    async (request) => {
      principalOf(request);
      return publicProfileView(await accounts.publicProfile(request.params.accountId));
    },
  );
}
