import type { MessageView } from '@parley/sdk';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../../data/parley-context';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useToast } from '../../../ui/Toasts';
import { useTimelines } from '../store/use-chat-timeline';
import { canRevoke } from './message-permissions';

/** "Delete message?": for me (hide) always; for everyone (revoke) for my own, recent messages. */
export function DeleteDialog({ message, onClose }: { message: MessageView; onClose: () => void }) {
  const { t } = useTranslation('chat');
  const { session } = useParley();
  const toast = useToast();
  const timelines = useTimelines();
  // The window is judged when the dialog opens.
  const [now] = useState(() => Date.now());
  const forMe = () => {
    onClose();
    timelines.hide(message.chatId, [message.id]).catch(toast.showError);
  };
  const forEveryone = () => {
    onClose();
    timelines
      .send(message.chatId, { type: 'revoke', content: { targetId: message.id } })
      .catch(toast.showError);
  };
  return (
    <Dialog
      title={t('delete.title')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button variant="danger" onClick={forMe}>
            {t('delete.forMe')}
          </Button>
          {canRevoke(message, session.accountId, now) && (
            <Button variant="danger" onClick={forEveryone}>
              {t('delete.forEveryone')}
            </Button>
          )}
        </>
      }
    >
      <p className="muted">{t('delete.body')}</p>
    </Dialog>
  );
}
