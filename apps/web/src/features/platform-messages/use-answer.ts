import type { MessageView } from '@parley/sdk';
import { useCallback } from 'react';
import { useToast } from '../../ui/Toasts';
import { useTimelines } from '../chat/store/use-chat-timeline';

/**
 * Answers an interactive or template message with one of its options: a reply button's id, a list
 * row's id or a template quick reply's index. The answer quotes the message, as the server stores it.
 */
export function useAnswer(message: MessageView) {
  const timelines = useTimelines();
  const toast = useToast();
  return useCallback(
    (optionId: string) =>
      timelines
        .send(
          message.chatId,
          { type: 'interactive_reply', content: { targetId: message.id, optionId } },
          { replyToId: message.id },
        )
        .catch(toast.showError),
    [timelines, toast, message.chatId, message.id],
  );
}
