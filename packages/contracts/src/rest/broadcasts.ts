import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable, PlainText, Strict, Timestamp } from '../common.js';

const Count = Type.Integer({ minimum: 0 });
const Phone = Type.String({ minLength: 1, maxLength: 40 });

export const BroadcastListParams = Type.Object({ listId: Id });
export const BroadcastParams = Type.Object({ broadcastId: Id });

/** Recipients are phone numbers of accounts on Parley; above 256 the server says so with limit_exceeded. */
const ListFields = {
  name: PlainText({ minLength: 1, maxLength: 100 }),
  recipients: Type.Array(Phone, { maxItems: 1000 }),
};

export const CreateBroadcastListBody = Type.Object(ListFields, Strict);
export type CreateBroadcastListBody = Static<typeof CreateBroadcastListBody>;

/** `recipients` replaces the whole list. */
export const UpdateBroadcastListBody = Type.Partial(Type.Object(ListFields, Strict), {
  ...Strict,
  minProperties: 1,
});
export type UpdateBroadcastListBody = Static<typeof UpdateBroadcastListBody>;

export const BroadcastListSummaryView = Type.Object({
  id: Id,
  name: Type.String(),
  recipientCount: Count,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type BroadcastListSummaryView = Static<typeof BroadcastListSummaryView>;

export const BroadcastListsView = Type.Object({ lists: Type.Array(BroadcastListSummaryView) });
export type BroadcastListsView = Static<typeof BroadcastListsView>;

export const BroadcastListView = Type.Object({
  id: Id,
  name: Type.String(),
  recipients: Type.Array(
    Type.Object({
      accountId: Id,
      phone: Type.String(),
      /** Whether the recipient has saved the business's number today: only they receive broadcasts. */
      savedNumber: Type.Boolean(),
    }),
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type BroadcastListView = Static<typeof BroadcastListView>;

export const RecipientStatus = Type.Union([
  Type.Literal('sent'),
  Type.Literal('delivered'),
  Type.Literal('read'),
  /** The recipient has not saved the business's number: no message was sent. */
  Type.Literal('not_saved'),
  /** A message could not reach the recipient (blocked). */
  Type.Literal('not_delivered'),
]);
export type RecipientStatus = Static<typeof RecipientStatus>;

/** Cumulative: a read message also counts as delivered and sent. */
export const BroadcastTotalsView = Type.Object({
  recipients: Count,
  sent: Count,
  delivered: Count,
  read: Count,
  notSaved: Count,
  notDelivered: Count,
});

const BroadcastFields = {
  id: Id,
  /** The list it went to; it may have been changed or deleted since. */
  listId: Id,
  listName: Type.String(),
  type: Type.String(),
  preview: Type.String(),
  createdAt: Timestamp,
  totals: BroadcastTotalsView,
};

export const BroadcastSummaryView = Type.Object(BroadcastFields);
export const BroadcastsView = Type.Object({ broadcasts: Type.Array(BroadcastSummaryView) });
export type BroadcastsView = Static<typeof BroadcastsView>;

export const BroadcastView = Type.Object({
  ...BroadcastFields,
  recipients: Type.Array(
    Type.Object({
      accountId: Id,
      phone: Type.String(),
      status: RecipientStatus,
      /** The direct chat and message, when one was sent. */
      chatId: Nullable(Id),
      messageId: Nullable(Id),
    }),
  ),
});
export type BroadcastView = Static<typeof BroadcastView>;

export const BroadcastsQuery = Type.Object(
  {
    /** A broadcast id: the page starts after it. */
    before: Type.Optional(Id),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  Strict,
);

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const StatisticsQuery = Type.Object(
  {
    from: IsoDate,
    to: IsoDate,
    /** An IANA time zone the days are counted in; UTC when absent. */
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  Strict,
);

const ActivityFields = { sent: Count, delivered: Count, read: Count, received: Count };

export const StatisticsView = Type.Object({
  from: IsoDate,
  to: IsoDate,
  timeZone: Type.String(),
  days: Type.Array(Type.Object({ date: IsoDate, ...ActivityFields })),
  totals: Type.Object(ActivityFields),
});
export type StatisticsView = Static<typeof StatisticsView>;
