import type { Message, MessageDraft, ReceiptStatus, ReceiptWatermark } from './message.js';

export interface MessageLog {
  /**
   * Stores a message and resolves once its transaction has committed. Implementations commit many
   * appends per transaction. Appending an id the same sender already stored returns the stored
   * message (resends are idempotent); an id of another sender is a conflict.
   */
  append(draft: MessageDraft): Promise<Message>;
}

/** Which part of a chat's history a member can see. */
export interface Visibility {
  readonly accountId: string;
  readonly afterSeq: number;
  readonly untilSeq: number | null;
}

export interface MessageReader {
  get(chatId: string, messageId: string): Promise<Message | undefined>;
  /** Messages after `afterSeq`, oldest first. */
  after(chatId: string, viewer: Visibility, afterSeq: number, limit: number): Promise<Message[]>;
  /** Messages before `beforeSeq` (or the newest), newest first. */
  before(
    chatId: string,
    viewer: Visibility,
    beforeSeq: number | undefined,
    limit: number,
  ): Promise<Message[]>;
  /** Who sent visible messages in a seq range: they are the ones to tell about receipts. */
  sendersBetween(chatId: string, afterSeq: number, upToSeq: number): Promise<string[]>;
  reactions(
    messageIds: readonly string[],
  ): Promise<{ messageId: string; accountId: string; emoji: string }[]>;
}

export interface ReceiptStore {
  /**
   * Moves a member's watermark forward (never back) and logs when it moved, so that "message
   * info" can tell when each message was delivered and read. Resolves with the new watermark,
   * or undefined when nothing moved.
   */
  advance(
    chatId: string,
    accountId: string,
    status: Exclude<ReceiptStatus, 'sent'>,
    upToSeq: number,
    at: number,
  ): Promise<ReceiptWatermark | undefined>;
  /** When each member's watermark first covered `seq`. */
  history(chatId: string, seq: number): Promise<{ accountId: string; status: ReceiptStatus; at: number }[]>;
}

export interface HiddenMessages {
  /** "Delete for me": hides messages from one account's history. */
  hide(accountId: string, chatId: string, messageIds: readonly string[]): Promise<void>;
  hiddenIn(accountId: string, chatId: string): Promise<ReadonlySet<string>>;
}
