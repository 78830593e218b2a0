import { Type, type Static } from '@sinclair/typebox';
import { Id, PlainText, Strict, Timestamp } from '../common.js';
import { PhoneInput } from './accounts.js';

/** An index into the Business app's palette of 20 label colours; the web maps it to a CSS colour. */
export const LabelColour = Type.Integer({ minimum: 0, maximum: 19 });

/** The five labels every business starts with; the app names them in the reader's language. */
export const PredefinedLabelKey = Type.Union([
  Type.Literal('new_customer'),
  Type.Literal('new_order'),
  Type.Literal('pending_payment'),
  Type.Literal('paid'),
  Type.Literal('order_complete'),
]);

// Bounded loosely here: the server counts characters as people do (1 to 100) and says so.
const LabelName = PlainText({ maxLength: 400 });

export const LabelView = Type.Object({
  id: Id,
  /** Empty for a default that was never renamed: show the translation of `predefined`. */
  name: Type.String(),
  colour: LabelColour,
  predefined: Type.Union([PredefinedLabelKey, Type.Null()]),
  chatCount: Type.Integer({ minimum: 0 }),
  contactCount: Type.Integer({ minimum: 0 }),
  createdAt: Timestamp,
});
export type LabelView = Static<typeof LabelView>;

export const LabelsResponse = Type.Object({
  labels: Type.Array(LabelView),
  /** How many labels a business may have, defaults included. */
  limit: Type.Integer(),
});

export const CreateLabelBody = Type.Object({ name: LabelName, colour: LabelColour }, Strict);

/** An empty name is allowed for a default label only: it brings back the translated wording. */
export const UpdateLabelBody = Type.Object(
  { name: Type.Optional(LabelName), colour: Type.Optional(LabelColour) },
  { ...Strict, minProperties: 1 },
);

export const LabelIdParams = Type.Object({ labelId: Id });
export const LabelChatParams = Type.Object({ labelId: Id, chatId: Id });
export const LabelContactParams = Type.Object({ labelId: Id, phone: PhoneInput });

/** Which labels each chat and each contact carries, for filtering the chat list and drawing chips. */
export const LabelAssignmentsView = Type.Object({
  /** Chat id → label ids. */
  chats: Type.Record(Type.String(), Type.Array(Id)),
  /** E.164 phone of a saved contact → label ids. */
  contacts: Type.Record(Type.String(), Type.Array(Id)),
});
export type LabelAssignmentsView = Static<typeof LabelAssignmentsView>;

/** The people a label reaches, to seed a broadcast list: peers of labelled chats and labelled contacts on Parley. */
export const LabelRecipientsView = Type.Object({
  recipients: Type.Array(Type.Object({ accountId: Id, phone: Type.String() })),
});
export type LabelRecipientsView = Static<typeof LabelRecipientsView>;
