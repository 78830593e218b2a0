/** The Business app's palette: the web maps each index to a colour that works in both themes. */
export const LABEL_COLOURS = 20;

/** The labels every business starts with, in the order the app shows them. */
export const PREDEFINED_LABELS = [
  'new_customer',
  'new_order',
  'pending_payment',
  'paid',
  'order_complete',
] as const;
export type PredefinedLabel = (typeof PREDEFINED_LABELS)[number];

export interface Label {
  readonly id: string;
  /** Empty for a default label the business has not renamed: the app shows it in the reader's language. */
  readonly name: string;
  /** An index into the palette, 0 to LABEL_COLOURS - 1. */
  readonly colour: number;
  /** Which default this is, kept when it is renamed; null for the business's own labels. */
  readonly predefined: PredefinedLabel | null;
  readonly createdAt: number;
}

/** A label with how many chats and contacts carry it. */
export interface LabelWithCounts extends Label {
  readonly chatCount: number;
  readonly contactCount: number;
}

/** Which labels each chat and each contact (by E.164 phone) carries. */
export interface LabelAssignments {
  readonly chats: readonly { readonly labelId: string; readonly chatId: string }[];
  readonly contacts: readonly { readonly labelId: string; readonly phone: string }[];
}
