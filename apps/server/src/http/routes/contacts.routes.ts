import {
  ContactsResponse,
  ContactView,
  LookupBody,
  LookupResponse,
  PhoneParams,
  SaveContactBody,
} from '@parley/contracts';
import type { Parley } from '../../compose.js';
import { contactView } from '../../account-views.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';

/** The signed-in account's address book, and which numbers are on Parley. */
export function registerContactRoutes(app: App, parley: Parley): void {
  const { contacts } = parley;

  app.get('/v1/contacts', { schema: { response: { 200: ContactsResponse } } }, async (request) => {
    const { accountId } = principalOf(request);
    return { contacts: (await contacts.list(accountId)).map(contactView) };
  });

  app.put(
    '/v1/contacts/:phone',
    { schema: { params: PhoneParams, body: SaveContactBody, response: { 200: ContactView } } },
    async (request) => {
      const { accountId } = principalOf(request);
      return contactView(await contacts.save(accountId, request.params.phone, request.body.name));
    },
  );

  app.delete('/v1/contacts/:phone', { schema: { params: PhoneParams } }, async (request, reply) => {
    const { accountId } = principalOf(request);
    await contacts.delete(accountId, request.params.phone);
    return reply.status(204).send();
  });

  app.post(
    '/v1/contacts/lookup',
    { schema: { body: LookupBody, response: { 200: LookupResponse } } },
    async (request) => {
      principalOf(request);
      return { results: await contacts.lookup(request.body.phones) };
    },
  );
}
