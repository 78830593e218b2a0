export const GREETING_SILENCE_MS = 14 * 24 * 60 * 60 * 1000;

/** What the chat held before the customer's message. */
export interface ChatHistoryBefore {
  /** When the newest earlier message in the chat was written, by anyone; null for none. */
  readonly lastActivityAt: number | null;
  /** Whether the customer wrote anything before (their reactions and automated replies aside). */
  readonly customerWroteBefore: boolean;
}

/**
 * The greeting goes out on the customer's first message in the chat, or on the first message after
 * 14 days of silence. Silence means no message at all in the chat, from either side and of any
 * kind (a reaction, an edit, an automated reply are activity too): a business that answered two
 * days ago is in a conversation, even if the customer was quiet for weeks before. Decided on the
 * trigger's own time and the messages before it, so a redelivered event decides the same way.
 */
export function shouldGreet(history: ChatHistoryBefore, at: number): boolean {
  if (!history.customerWroteBefore || history.lastActivityAt === null) return true;
  return at - history.lastActivityAt >= GREETING_SILENCE_MS;
}
