import { GraphAppSubscriptionBody, GraphWabaSubscriptionBody } from '@parley/contracts';
import { PlatformError, type App, type GraphPrincipal } from '@parley/core';
import { Type } from '@sinclair/typebox';
import { graphPrincipalOf } from '../graph-auth.js';
import { emptyBodyAllowed } from '../graph-body.js';
import { graphVersionOf } from '../graph-url.js';
import type { GraphContext } from '../graph-context.js';

const MANAGEMENT = 'whatsapp_business_management' as const;
const Params = Type.Object({ id: Type.String() });
const tags = ['Graph: webhooks'];
const FIELD_NAME = /^[a-z][a-z0-9_]{0,63}$/;

/** `fields` as a JSON array, Graph's comma-joined form value, or a JSON array in a form value. */
function fieldList(fields: string | readonly string[] | undefined): string[] {
  if (fields === undefined) return ['messages'];
  let list: readonly string[];
  if (typeof fields !== 'string') list = fields;
  else if (fields.trim().startsWith('[')) {
    try {
      list = JSON.parse(fields) as string[];
    } catch {
      throw new PlatformError(131009, 'Param fields is not a valid list of field names.');
    }
  } else list = fields.split(',');
  const names = [...new Set(list.map((f) => String(f).trim()).filter((f) => f !== ''))];
  const bad = names.find((f) => !FIELD_NAME.test(f));
  if (bad !== undefined || names.length === 0) {
    throw new PlatformError(131009, `Param fields is not valid${bad === undefined ? '' : `: "${bad}"`}.`);
  }
  return names;
}

const handshakeFailed = (reason: string) =>
  new PlatformError(100, `Callback verification failed: ${reason}. Nothing was saved.`);

/**
 * Where webhooks go (contract 5.1, 5.8): an app's own callback (`/{app-id}/subscriptions`) and a
 * WABA's subscription of an app, optionally to an override URL (`/{WABA}/subscribed_apps`). Each
 * new URL must pass the GET handshake before it is stored.
 *
 * Graph subscribes the app a token belongs to; Parley's system-user tokens belong to no app, so
 * `subscribed_apps` takes `app_id` from the body or query, or else the portfolio's only app.
 */
export function registerWebhookSubscriptionRoutes({ graph, parley }: GraphContext): void {
  const { platform, webhooks, config } = parley;

  async function appOf(principal: GraphPrincipal, appId: string | undefined): Promise<App> {
    if (appId !== undefined) return platform.accessApp(principal, appId);
    const apps = await platform.listApps(principal.portfolioId);
    if (apps.length !== 1) {
      throw new PlatformError(
        100,
        apps.length === 0
          ? 'This business has no app to subscribe.'
          : 'This business has several apps: name the one to subscribe with app_id.',
      );
    }
    return platform.accessApp(principal, apps[0]!.id);
  }

  graph.post(
    '/:id/subscriptions',
    {
      schema: {
        summary: "Set an app's webhook callback URL, verify token and fields (after the GET handshake)",
        tags,
        params: Params,
        body: GraphAppSubscriptionBody,
      },
    },
    async (request) => {
      const app = await platform.accessApp(graphPrincipalOf(request), request.params.id);
      const { callback_url: callbackUrl, verify_token: verifyToken } = request.body;
      const fields = fieldList(request.body.fields);
      const verified = await webhooks.verifyCallback(callbackUrl, verifyToken);
      if (!verified.ok) throw handshakeFailed(verified.reason);
      await platform.setWebhook(app.id, { callbackUrl, verifyToken, fields });
      return { success: true };
    },
  );

  graph.get(
    '/:id/subscriptions',
    { schema: { summary: "An app's webhook subscription", tags, params: Params } },
    async (request) => {
      const app = await platform.accessApp(graphPrincipalOf(request), request.params.id);
      if (app.callbackUrl === null) return { data: [] };
      const version = graphVersionOf(request.originalUrl);
      return {
        data: [
          {
            object: 'whatsapp_business_account',
            callback_url: app.callbackUrl,
            active: true,
            fields: app.fields.map((name) => ({ name, version })),
          },
        ],
      };
    },
  );

  graph.delete(
    '/:id/subscriptions',
    { schema: { summary: "Remove an app's webhook callback", tags, params: Params } },
    async (request) => {
      const app = await platform.accessApp(graphPrincipalOf(request), request.params.id);
      await platform.clearWebhook(app.id);
      return { success: true };
    },
  );

  const AppQuery = Type.Object(
    { app_id: Type.Optional(Type.String({ maxLength: 32 })) },
    { additionalProperties: true },
  );

  graph.post(
    '/:id/subscribed_apps',
    {
      schema: {
        summary: 'Subscribe an app to the WABA’s webhooks, optionally at an override callback URL',
        tags,
        params: Params,
        querystring: AppQuery,
        body: GraphWabaSubscriptionBody,
      },
      ...emptyBodyAllowed,
    },
    async (request) => {
      const principal = graphPrincipalOf(request);
      const waba = await platform.accessWaba(principal, request.params.id, MANAGEMENT);
      const { body } = request;
      const app = await appOf(principal, body.app_id ?? request.query.app_id);
      const override = body.override_callback_uri;
      if (override !== undefined) {
        if (body.verify_token === undefined) {
          throw new PlatformError(
            131008,
            'The parameter verify_token is required with override_callback_uri.',
          );
        }
        const verified = await webhooks.verifyCallback(override, body.verify_token);
        if (!verified.ok) throw handshakeFailed(verified.reason);
      }
      await platform.subscribeApp(waba.id, app.id, override ?? null);
      return { success: true };
    },
  );

  graph.get(
    '/:id/subscribed_apps',
    { schema: { summary: 'The apps subscribed to the WABA’s webhooks', tags, params: Params } },
    async (request) => {
      const waba = await platform.accessWaba(graphPrincipalOf(request), request.params.id, MANAGEMENT);
      const data = [];
      for (const subscription of await platform.subscriptions(waba.id)) {
        const app = await platform.getApp(subscription.appId);
        if (app === undefined) continue;
        data.push({
          whatsapp_business_api_data: { id: app.id, name: app.name, link: config.publicUrl },
          ...(subscription.overrideCallbackUri !== null && {
            override_callback_uri: subscription.overrideCallbackUri,
          }),
        });
      }
      return { data };
    },
  );

  graph.delete(
    '/:id/subscribed_apps',
    {
      schema: {
        summary: 'Unsubscribe an app from the WABA’s webhooks',
        tags,
        params: Params,
        querystring: AppQuery,
        body: GraphWabaSubscriptionBody,
      },
      ...emptyBodyAllowed,
    },
    async (request) => {
      const principal = graphPrincipalOf(request);
      const waba = await platform.accessWaba(principal, request.params.id, MANAGEMENT);
      const app = await appOf(principal, request.body.app_id ?? request.query.app_id);
      await platform.unsubscribeApp(waba.id, app.id);
      return { success: true };
    },
  );
}
