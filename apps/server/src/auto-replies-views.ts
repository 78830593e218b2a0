import type { AutoRepliesView, AwayView, GreetingView } from '@parley/contracts';
import type { Audience, AutoReplySettings, AwaySettings, GreetingSettings } from '@parley/core';

const audienceView = (audience: Audience) => ({ mode: audience.mode, phones: [...audience.phones] });

export const greetingView = (greeting: GreetingSettings): GreetingView => ({
  enabled: greeting.enabled,
  text: greeting.text,
  audience: audienceView(greeting.audience),
});

export const awayView = (away: AwaySettings): AwayView => ({
  enabled: away.enabled,
  text: away.text,
  schedule: typeof away.schedule === 'string' ? away.schedule : { custom: { ...away.schedule.custom } },
  audience: audienceView(away.audience),
});

export const autoRepliesView = (settings: AutoReplySettings): AutoRepliesView => ({
  greeting: greetingView(settings.greeting),
  away: awayView(settings.away),
});
