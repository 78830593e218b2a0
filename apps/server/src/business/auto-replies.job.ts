import type { AutoRepliesService, EventBus, Message, MessagingService } from '@parley/core';
import { autoReplyId } from './auto-reply-id.js';

interface AutoRepliesJobDeps {
  readonly bus: EventBus;
  readonly autoReplies: AutoRepliesService;
  readonly messaging: Pick<MessagingService, 'send'>;
  readonly onError: (error: unknown) => void;
}

/**
 * Sends greeting and away messages as the business when customers write to it. The server sends
 * them itself (no device), so they reach the customer whether or not a business device is online.
 * One chat's messages are handled one after another, so that two quick messages cannot both find
 * no away message sent yet; events arrive at least once, and replies have ids derived from their
 * trigger, so a repeated event stores nothing new.
 */
export function startAutoReplies(deps: AutoRepliesJobDeps) {
  const queues = new Map<string, Promise<void>>();

  async function answer(message: Message): Promise<void> {
    for (const reply of await deps.autoReplies.repliesTo(message)) {
      await deps.messaging.send(
        { accountId: reply.businessId, deviceId: null },
        { chatId: reply.chatId, id: autoReplyId(reply), type: 'text', content: { body: reply.text } },
        { automated: true },
      );
      await deps.autoReplies.replied(reply);
    }
  }

  const unsubscribe = deps.bus.subscribe((event) => {
    if (event.type !== 'message.appended' || !deps.autoReplies.mayCallForReply(event.message)) return;
    const { chatId } = event.message;
    const queued = (queues.get(chatId) ?? Promise.resolve())
      .then(() => answer(event.message))
      .catch(deps.onError);
    queues.set(chatId, queued);
    void queued.then(() => {
      if (queues.get(chatId) === queued) queues.delete(chatId);
    });
  });

  return {
    /** Stops taking events and waits for the replies under way. */
    async stop(): Promise<void> {
      unsubscribe();
      await Promise.all(queues.values());
    },
  };
}
