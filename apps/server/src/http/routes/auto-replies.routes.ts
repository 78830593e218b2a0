import { AutoRepliesView, AwayBody, AwayView, GreetingBody, GreetingView } from '@parley/contracts';
import type { Parley } from '../../compose.js';
import { autoRepliesView, awayView, greetingView } from '../../auto-replies-views.js';
import type { App } from '../app-instance.js';
import { principalOf } from '../authenticate.js';

/** A business's greeting and away messages; personal accounts get 404 as for other business tools. */
export function registerAutoReplyRoutes(app: App, parley: Parley): void {
  const { autoReplies } = parley;

  app.get('/v1/business/auto-replies', { schema: { response: { 200: AutoRepliesView } } }, async (request) =>
    autoRepliesView(await autoReplies.settings(principalOf(request).accountId)),
  );

  app.put(
    '/v1/business/auto-replies/greeting',
    { schema: { body: GreetingBody, response: { 200: GreetingView } } },
    async (request) =>
      greetingView(await autoReplies.setGreeting(principalOf(request).accountId, request.body)),
  );

  app.put(
    '/v1/business/auto-replies/away',
    { schema: { body: AwayBody, response: { 200: AwayView } } },
    async (request) => awayView(await autoReplies.setAway(principalOf(request).accountId, request.body)),
  );
}
