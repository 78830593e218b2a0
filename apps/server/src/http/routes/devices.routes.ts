import {
  ApproveLinkBody,
  ApproveLinkResponse,
  ClaimLinkBody,
  CreateLinkRequestBody,
  DeviceIdParams,
  DevicesResponse,
  LinkPendingResponse,
  LinkRequestCreated,
  LinkRequestParams,
  SessionView,
} from '@parley/contracts';
import type { Parley } from '../../compose.js';
import { accountView, deviceView } from '../../account-views.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';

/** An account's devices, and linking a new one with a code the phone approves. */
export function registerDeviceRoutes(app: App, parley: Parley): void {
  const { accounts } = parley;

  app.get('/v1/devices', { schema: { response: { 200: DevicesResponse } } }, async (request) => {
    const principal = principalOf(request);
    const devices = await accounts.listDevices(principal.accountId);
    return { devices: devices.map((d) => deviceView(d, principal.deviceId)) };
  });

  app.delete('/v1/devices/:deviceId', { schema: { params: DeviceIdParams } }, async (request, reply) => {
    await accounts.revokeDevice(principalOf(request), request.params.deviceId);
    parley.connections.closeDevice(request.params.deviceId);
    return reply.status(204).send();
  });

  app.post(
    '/v1/link-requests',
    { schema: { body: CreateLinkRequestBody, response: { 201: LinkRequestCreated } } },
    async (request, reply) =>
      reply.status(201).send(await accounts.createLinkRequest(request.body, request.ip)),
  );

  app.post(
    '/v1/devices/link',
    { schema: { body: ApproveLinkBody, response: { 200: ApproveLinkResponse } } },
    async (request) => {
      await accounts.approveLink(principalOf(request), request.body.code);
      return { approved: true as const };
    },
  );

  app.post(
    '/v1/link-requests/:id/claim',
    {
      schema: {
        params: LinkRequestParams,
        body: ClaimLinkBody,
        response: { 200: SessionView, 202: LinkPendingResponse },
      },
    },
    async (request, reply) => {
      const claim = await accounts.claimLink(request.params.id, request.body.secret);
      if (claim.status === 'pending') return reply.status(202).send(claim);
      return reply.status(200).send({
        token: claim.token,
        account: accountView(claim.account),
        device: deviceView(claim.device, claim.device.id),
      });
    },
  );
}
