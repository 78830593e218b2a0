import type { MessageView } from '@parley/sdk';
import { createContext, useContext } from 'react';

/** What can be done to a message from its menu; provided once per open chat. */
export interface MessageActions {
  reply(message: MessageView): void;
  edit(message: MessageView): void;
  /** Sets my reaction; the emoji I already reacted with removes it. */
  react(message: MessageView, emoji: string): void;
  copy(message: MessageView): void;
  forward(message: MessageView): void;
  delete(message: MessageView): void;
  info(message: MessageView): void;
  /** Scrolls to a message (a reply's quote), loading older history until it is there. */
  jumpTo(messageId: string): void;
}

export const MessageActionsContext = createContext<MessageActions | undefined>(undefined);

export function useMessageActions(): MessageActions {
  const actions = useContext(MessageActionsContext);
  if (actions === undefined) throw new Error('useMessageActions outside a chat');
  return actions;
}

/** The reactions offered in the menu, as WhatsApp offers them. */
export const QUICK_REACTIONS = ['👍', '❤️', '😂', '😮', '😢', '🙏'] as const;
