import type { MessageView } from '@parley/sdk';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../../data/parley-context';
import { useToast } from '../../../ui/Toasts';
import type { ComposerTarget } from '../composer/ComposerContext';
import type { ListHandle } from '../list/MessageList';
import { useTimelines } from '../store/use-chat-timeline';
import { DeleteDialog } from './DeleteDialog';
import { ForwardDialog } from './ForwardDialog';
import { MessageActionsContext, type MessageActions } from './message-actions-context';
import { copyableText } from './message-permissions';
import { MessageInfoDialog } from './MessageInfoDialog';

type OpenDialog = { readonly kind: 'forward' | 'delete' | 'info'; readonly message: MessageView };

/** How far back a quoted message is looked for before giving up. */
const MAX_PAGES_TO_QUOTE = 40;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Carries out the message menu's actions for one chat, and shows their dialogs. */
export function ChatActionsProvider({
  chatId,
  list,
  onTarget,
  children,
}: {
  chatId: string;
  list: ListHandle | null;
  onTarget: (target: ComposerTarget) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('chat');
  const { session } = useParley();
  const timelines = useTimelines();
  const toast = useToast();
  const [dialog, setDialog] = useState<OpenDialog | undefined>(undefined);

  const actions = useMemo<MessageActions>(() => {
    const timeline = timelines.timeline(chatId);
    return {
      reply: (message) => onTarget({ mode: 'reply', message }),
      edit: (message) => onTarget({ mode: 'edit', message }),
      react: (message, emoji) => {
        const entry = timeline.getSnapshot().entries.find((candidate) => candidate.message.id === message.id);
        const again = entry?.reactions.get(session.accountId) === emoji;
        timelines
          .send(chatId, { type: 'reaction', content: { targetId: message.id, emoji: again ? '' : emoji } })
          .catch(toast.showError);
      },
      copy: (message) => {
        navigator.clipboard
          .writeText(copyableText(message) ?? '')
          .then(() => toast.show(t('menu.copied')), toast.showError);
      },
      forward: (message) => setDialog({ kind: 'forward', message }),
      delete: (message) => setDialog({ kind: 'delete', message }),
      info: (message) => setDialog({ kind: 'info', message }),
      jumpTo: async (messageId) => {
        for (let page = 0; page < MAX_PAGES_TO_QUOTE; page += 1) {
          if (list?.scrollTo(messageId)) return;
          const snapshot = timeline.getSnapshot();
          if (!snapshot.entries.some((entry) => entry.message.id === messageId)) {
            if (!snapshot.hasOlder) break;
            await timelines.loadOlder(chatId);
          }
          // Let the list render what arrived before looking again.
          await nextFrame();
        }
        toast.show(t('list.quotedMissing'));
      },
    };
  }, [chatId, list, onTarget, session.accountId, t, timelines, toast]);

  const close = () => setDialog(undefined);
  return (
    <MessageActionsContext.Provider value={actions}>
      {children}
      {dialog?.kind === 'forward' && <ForwardDialog message={dialog.message} onClose={close} />}
      {dialog?.kind === 'delete' && <DeleteDialog message={dialog.message} onClose={close} />}
      {dialog?.kind === 'info' && <MessageInfoDialog message={dialog.message} onClose={close} />}
    </MessageActionsContext.Provider>
  );
}
