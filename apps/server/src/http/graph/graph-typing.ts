/** Contract 2.6: a business's typing indicator disappears after 25 s, or when it replies. */
export const TYPING_INDICATOR_MS = 25_000;

type TypingState = 'composing' | 'paused';

/**
 * Typing shown for platform numbers, which have no device to keep it up: shown on request,
 * withdrawn by a timer. Clients drop it themselves when the number's message arrives.
 */
export function createGraphTyping(
  typingAs: (accountId: string, chatId: string, state: TypingState) => Promise<void>,
  onError: (error: unknown) => void,
) {
  const timers = new Map<string, NodeJS.Timeout>();
  const keyOf = (accountId: string, chatId: string) => `${accountId}:${chatId}`;

  function forget(key: string): void {
    const timer = timers.get(key);
    if (timer === undefined) return;
    clearTimeout(timer);
    timers.delete(key);
  }

  return {
    async show(accountId: string, chatId: string): Promise<void> {
      const key = keyOf(accountId, chatId);
      forget(key);
      await typingAs(accountId, chatId, 'composing');
      const timer = setTimeout(() => {
        timers.delete(key);
        typingAs(accountId, chatId, 'paused').catch(onError);
      }, TYPING_INDICATOR_MS);
      timer.unref();
      timers.set(key, timer);
    },

    /** The number replied in the chat: its message ends the indicator on every client. */
    replied(accountId: string, chatId: string): void {
      if (timers.size > 0) forget(keyOf(accountId, chatId));
    },

    close(): void {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
