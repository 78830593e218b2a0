import {
  GraphDeregisterBody,
  GraphNumberUpdateBody,
  GraphRegisterBody,
  GraphRequestCodeParams,
  GraphVerifyCodeBody,
} from '@parley/contracts';
import { Type } from '@sinclair/typebox';
import { PlatformError } from '@parley/core';
import { graphPrincipalOf } from '../graph-auth.js';
import { emptyBodyAllowed } from '../graph-body.js';
import type { GraphContext } from '../graph-context.js';

const Params = Type.Object({ id: Type.String() });
const tags = ['Graph: registration'];
const success = { success: true } as const;

/**
 * Registration, verification codes, two-step verification and display names of a number
 * (contract 8.2, 8.4). The sandbox's numbers are verified when they are added: `request_code`
 * sends nothing and `verify_code` accepts any six digits, so clients that run the flow pass.
 */
export function registerRegistrationRoutes({ graph, parley, nodes }: GraphContext): void {
  const { numbers } = parley.platformManagement;

  graph.post(
    '/:id/register',
    {
      schema: {
        summary: 'Register a phone number for the Cloud API',
        tags,
        params: Params,
        body: GraphRegisterBody,
      },
    },
    async (request) => {
      await numbers.register(graphPrincipalOf(request), request.params.id, {
        pin: request.body.pin,
        dataLocalizationRegion: request.body.data_localization_region,
      });
      return success;
    },
  );

  graph.post(
    '/:id/deregister',
    {
      schema: {
        summary: 'Deregister a phone number: its sends fail with 133010 until it registers again',
        tags,
        params: Params,
        body: GraphDeregisterBody,
      },
      ...emptyBodyAllowed,
    },
    async (request) => {
      await numbers.deregister(graphPrincipalOf(request), request.params.id);
      return success;
    },
  );

  graph.post(
    '/:id/request_code',
    {
      schema: {
        summary: 'Request a verification code (the sandbox’s numbers are already verified)',
        tags,
        params: Params,
        querystring: Type.Object({ ...GraphRequestCodeParams.properties }, { additionalProperties: true }),
        body: GraphRequestCodeParams,
      },
      ...emptyBodyAllowed,
    },
    async (request) => {
      const codeMethod = request.body.code_method ?? request.query.code_method;
      const language =
        request.body.language ?? request.body.locale ?? request.query.language ?? request.query.locale;
      if (codeMethod === undefined) throw new PlatformError(131008, 'The parameter code_method is required.');
      if (language === undefined) throw new PlatformError(131008, 'The parameter language is required.');
      await numbers.requestCode(graphPrincipalOf(request), request.params.id, { codeMethod, language });
      return success;
    },
  );

  graph.post(
    '/:id/verify_code',
    {
      schema: {
        summary: 'Verify a number with its code (any six digits in the sandbox)',
        tags,
        params: Params,
        body: GraphVerifyCodeBody,
      },
    },
    async (request) => {
      await numbers.verifyCode(graphPrincipalOf(request), request.params.id, request.body.code);
      return success;
    },
  );

  // `POST /{PNID}`: `{pin}` sets the 2SV PIN; `?new_display_name=` asks for a new name.
  nodes.on('phone_number', 'POST', async (id, request) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const body = { ...(request.body as object | undefined) } as GraphNumberUpdateBody &
      Record<string, unknown>;
    const unknown = Object.keys(body).find((key) => !(key in GraphNumberUpdateBody.properties));
    if (unknown !== undefined)
      throw new PlatformError(100, `Unexpected key "${unknown}" on param "request".`);
    const newName =
      body.new_display_name ??
      (typeof query.new_display_name === 'string' ? query.new_display_name : undefined);
    const principal = graphPrincipalOf(request);
    if (body.pin === undefined && newName === undefined) {
      throw new PlatformError(131008, 'The parameter pin or new_display_name is required.');
    }
    if (body.pin !== undefined) await numbers.setPin(principal, id, String(body.pin));
    if (newName !== undefined) await numbers.requestDisplayName(principal, id, newName);
    return success;
  });
}
