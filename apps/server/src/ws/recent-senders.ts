const WINDOW = 1024;

/**
 * Who sent each of a group's recent messages, learned from the messages this node delivers. A
 * receipt has to reach the senders of the messages it passes, and in a busy group that question
 * comes once per member per message: answering it from memory spares the database. Ranges the
 * window does not cover fully return undefined, and the caller asks the database.
 */
export class RecentSenders {
  /** Per chat, the sender of each seq from `firstSeq` on; null for a message kept for its sender. */
  private readonly chats = new Map<string, { firstSeq: number; senders: (string | null)[] }>();

  record(chatId: string, seq: number, senderId: string | null): void {
    const chat = this.chats.get(chatId);
    if (chat === undefined || seq !== chat.firstSeq + chat.senders.length) {
      // First message seen, or a gap (another node wrote in between): start over from here.
      this.chats.set(chatId, { firstSeq: seq, senders: [senderId] });
      return;
    }
    chat.senders.push(senderId);
    if (chat.senders.length > WINDOW) {
      chat.senders.shift();
      chat.firstSeq += 1;
    }
  }

  /** Distinct senders of messages with afterSeq < seq ≤ upToSeq, if all of them are known. */
  between(chatId: string, afterSeq: number, upToSeq: number): string[] | undefined {
    const chat = this.chats.get(chatId);
    if (chat === undefined || afterSeq + 1 < chat.firstSeq) return undefined;
    const lastKnown = chat.firstSeq + chat.senders.length - 1;
    if (upToSeq > lastKnown) return undefined;
    const from = afterSeq + 1 - chat.firstSeq;
    const senders = chat.senders.slice(from, upToSeq - chat.firstSeq + 1);
    return [...new Set(senders.filter((s): s is string => s !== null))];
  }
}
