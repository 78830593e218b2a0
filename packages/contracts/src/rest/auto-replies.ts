import { Type, type Static } from '@sinclair/typebox';
import { PlainText, Strict, Timestamp } from '../common.js';

/** Who gets a reply; `phones` are the excluded numbers (everyone_except) or the chosen ones (only). */
export const AutoReplyAudience = Type.Object(
  {
    mode: Type.Union([
      Type.Literal('everyone'),
      Type.Literal('not_in_contacts'),
      Type.Literal('everyone_except'),
      Type.Literal('only'),
    ]),
    phones: Type.Array(PlainText({ minLength: 1, maxLength: 40 }), { maxItems: 256 }),
  },
  Strict,
);

/** Always, outside the business profile's opening hours, or within [start, end) epoch ms. */
export const AwaySchedule = Type.Union([
  Type.Literal('always'),
  Type.Literal('outside_hours'),
  Type.Object({ custom: Type.Object({ start: Timestamp, end: Timestamp }, Strict) }, Strict),
]);

const ReplyText = PlainText({ minLength: 1, maxLength: 4096 });

export const GreetingBody = Type.Object(
  { enabled: Type.Boolean(), text: ReplyText, audience: AutoReplyAudience },
  Strict,
);
export type GreetingBody = Static<typeof GreetingBody>;

export const AwayBody = Type.Object(
  { enabled: Type.Boolean(), text: ReplyText, schedule: AwaySchedule, audience: AutoReplyAudience },
  Strict,
);
export type AwayBody = Static<typeof AwayBody>;

/** As saved; `text` is empty until the business first saves the reply. */
export const GreetingView = Type.Object({
  enabled: Type.Boolean(),
  text: Type.String(),
  audience: AutoReplyAudience,
});
export type GreetingView = Static<typeof GreetingView>;

export const AwayView = Type.Object({
  enabled: Type.Boolean(),
  text: Type.String(),
  schedule: AwaySchedule,
  audience: AutoReplyAudience,
});
export type AwayView = Static<typeof AwayView>;

export const AutoRepliesView = Type.Object({ greeting: GreetingView, away: AwayView });
export type AutoRepliesView = Static<typeof AutoRepliesView>;
