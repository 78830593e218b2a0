import type { ClientContent } from '../messages/index.js';

/** An account on Parley that a broadcast list sends to; the phone is the account's number. */
export interface BroadcastRecipient {
  readonly accountId: string;
  /** E.164. */
  readonly phone: string;
}

export interface BroadcastList {
  readonly id: string;
  readonly businessId: string;
  readonly name: string;
  /** In the order the business chose them, without duplicates. */
  readonly recipients: readonly BroadcastRecipient[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** What a broadcast may send: a message of its own, not a change to another one or an order. */
export const BROADCAST_TYPES = [
  'text',
  'image',
  'video',
  'audio',
  'document',
  'sticker',
  'location',
  'contacts',
] as const;
export type BroadcastContent = Extract<ClientContent, { type: (typeof BROADCAST_TYPES)[number] }>;

/**
 * What happened to one recipient when the broadcast went out: a message was sent, the recipient
 * had not saved the business's number, or sending was refused (the business blocked them).
 */
export type BroadcastOutcome = 'sent' | 'not_saved' | 'failed';

export interface BroadcastDelivery extends BroadcastRecipient {
  readonly outcome: BroadcastOutcome;
  /** Set when the outcome is `sent`. */
  readonly chatId: string | null;
  readonly messageId: string | null;
}

export interface Broadcast {
  readonly id: string;
  readonly businessId: string;
  /** The list it went to; the list may since have been changed or deleted. */
  readonly listId: string;
  readonly listName: string;
  readonly contentType: BroadcastContent['type'];
  /** A short text to show the broadcast by in a list. */
  readonly preview: string;
  readonly createdAt: number;
  readonly deliveries: readonly BroadcastDelivery[];
}

/** A delivery with what the recipient's receipts say about its message now. */
export interface DeliveryReceipts extends BroadcastDelivery {
  /** The message's seq in the direct chat; null when no message was sent. */
  readonly seq: number | null;
  /** The recipient blocked the business: the message is kept for the business only. */
  readonly senderOnly: boolean;
  readonly deliveredSeq: number;
  readonly readSeq: number;
}

/** Per recipient, as the business sees it. */
export type RecipientStatus = 'sent' | 'delivered' | 'read' | 'not_saved' | 'not_delivered';

/** Counts are cumulative: a read message is also delivered and sent. */
export interface BroadcastTotals {
  readonly recipients: number;
  readonly sent: number;
  readonly delivered: number;
  readonly read: number;
  readonly notSaved: number;
  readonly notDelivered: number;
}
