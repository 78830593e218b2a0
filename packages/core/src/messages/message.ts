import type { Content } from './content.js';

export interface MessageMeta {
  /** Chosen by the sending client (or the server when absent) so that resends are idempotent. */
  readonly id: string;
  readonly chatId: string;
  readonly senderId: string;
  /** Null for messages written by the server itself (system messages, automated replies). */
  readonly senderDeviceId: string | null;
  readonly replyToId: string | null;
  readonly forwarded: boolean;
  /** Stored for the sender only: the recipient blocked the sender. */
  readonly senderOnly: boolean;
  /** Sent by the server on the sender's behalf (a greeting, an away message); present only when true. */
  readonly automated?: boolean;
  readonly createdAt: number;
}

/** A message as stored: its content may since have been edited or revoked. */
export type Message = Content &
  MessageMeta & {
    /** Position in the chat, from 1, without gaps for committed messages. */
    readonly seq: number;
    readonly editedAt: number | null;
    readonly deletedAt: number | null;
  };

/** How a modifier message changes its target, decided by the core, applied by the log. */
export type MessageEffect =
  | { readonly kind: 'edit'; readonly targetId: string; readonly content: Content }
  | { readonly kind: 'revoke'; readonly targetId: string }
  | { readonly kind: 'react'; readonly targetId: string; readonly emoji: string };

export type MessageDraft = Content &
  MessageMeta & {
    readonly effect: MessageEffect | null;
  };

export type ReceiptStatus = 'sent' | 'delivered' | 'read';

/** A member's receipts are watermarks: every message up to a seq is delivered (or read). */
export interface ReceiptWatermark {
  readonly chatId: string;
  readonly accountId: string;
  readonly deliveredSeq: number;
  readonly readSeq: number;
}
