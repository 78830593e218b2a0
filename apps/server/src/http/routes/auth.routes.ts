import {
  RequestCodeBody,
  RequestCodeResponse,
  TestPhoneLoginBody,
  VerifyCodeBody,
  VerifyCodeResponse,
} from '@parley/contracts';
import type { CodeLogin } from '@parley/core';
import type { Parley } from '../../compose.js';
import { accountView, deviceView } from '../../account-views.js';
import type { App } from '../app-instance.js';

/** Signing in with a one-time code sent to the phone number. */
export function registerAuthRoutes(app: App, parley: Parley): void {
  const { accounts } = parley;

  app.post(
    '/v1/auth/code',
    { schema: { body: RequestCodeBody, response: { 200: RequestCodeResponse } } },
    async (request) => accounts.requestCode(request.body.phone, request.ip),
  );

  app.post(
    '/v1/auth/verify',
    { schema: { body: VerifyCodeBody, response: { 200: VerifyCodeResponse } } },
    async (request) => signedIn(await accounts.verifyCode(request.body)),
  );

  // The sandbox's test phones sign in through a login link instead of a code.
  app.post(
    '/v1/auth/test-phone',
    {
      schema: {
        summary: "Sign a sandbox test phone in with its login link's token",
        body: TestPhoneLoginBody,
        response: { 200: VerifyCodeResponse },
      },
    },
    async (request) => {
      const { token, deviceName, platform } = request.body;
      return signedIn(await parley.sandbox.signInTestPhone(token, { name: deviceName, platform }));
    },
  );

  function signedIn(login: CodeLogin) {
    // A login on a number signs out its previous phone and that phone's linked devices.
    for (const deviceId of login.revokedDeviceIds) parley.connections.closeDevice(deviceId);
    return {
      token: login.token,
      account: accountView(login.account),
      device: deviceView(login.device, login.device.id),
      created: login.created,
    };
  }
}
