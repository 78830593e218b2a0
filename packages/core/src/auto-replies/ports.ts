import type { AwaySettings, GreetingSettings } from './auto-reply.js';
import type { ChatHistoryBefore } from './greeting-policy.js';

export interface AutoReplyRepository {
  /** Undefined for what the business never saved. */
  settings(businessId: string): Promise<{ greeting?: GreetingSettings; away?: AwaySettings }>;
  saveGreeting(businessId: string, greeting: GreetingSettings, at: number): Promise<void>;
  saveAway(businessId: string, away: AwaySettings, at: number): Promise<void>;
  /** When the business last sent this customer an away message; null for never. */
  lastAwayAt(businessId: string, customerId: string): Promise<number | null>;
  /** Remembers an away message; an older time than the one stored does not move it back. */
  recordAway(businessId: string, customerId: string, at: number): Promise<void>;
  /** What the business's chat with the customer held before the message at `seq`. */
  historyBefore(
    businessId: string,
    chatId: string,
    customerId: string,
    seq: number,
  ): Promise<ChatHistoryBefore>;
}
