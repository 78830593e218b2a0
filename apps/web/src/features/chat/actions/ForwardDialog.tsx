import type { ClientContent } from '@parley/contracts';
import type { MessageView } from '@parley/sdk';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChats } from '../../../data/queries';
import { Avatar } from '../../../ui/Avatar';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useToast } from '../../../ui/Toasts';
import { useChatTitles } from '../../chat-list/chat-titles';
import { useTimelines } from '../store/use-chat-timeline';
import './dialogs.css';

/** Picks chats and sends each a copy of the message, marked forwarded. */
export function ForwardDialog({ message, onClose }: { message: MessageView; onClose: () => void }) {
  const { t } = useTranslation('chat');
  const toast = useToast();
  const timelines = useTimelines();
  const { data: chats = [] } = useChats();
  const open = chats.filter((summary) => summary.active);
  const titles = useChatTitles(open);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (chatId: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(chatId)) next.add(chatId);
      return next;
    });
  const forward = () => {
    const copy = { type: message.type, content: message.content } as ClientContent;
    for (const chatId of chosen) {
      timelines.send(chatId, copy, { forwarded: true }).catch(toast.showError);
    }
    toast.show(t('forward.done', { count: chosen.size }));
    onClose();
  };
  return (
    <Dialog
      title={t('forward.title')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button variant="primary" disabled={chosen.size === 0} onClick={forward}>
            {t('forward.send')}
          </Button>
        </>
      }
    >
      <ul className="chat-picker" aria-label={t('forward.chats')}>
        {open.map(({ chat }) => {
          const title = titles.get(chat.id);
          return (
            <li key={chat.id}>
              <label className="chat-picker__option">
                <input type="checkbox" checked={chosen.has(chat.id)} onChange={() => toggle(chat.id)} />
                <Avatar
                  name={title?.name ?? ''}
                  photoMediaId={title?.photoMediaId}
                  size={36}
                  group={chat.kind === 'group'}
                />
                <span dir="auto">{title?.name ?? ''}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
