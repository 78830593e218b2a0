import { useTranslation } from 'react-i18next';
import { useChat } from '../../data/queries';
import { IconButton } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { DirectChatInfo } from './DirectChatInfo';
import { GroupChatInfo } from './GroupChatInfo';
import './chat-info-panel.css';

/** The contact or group info panel beside an open chat, as WhatsApp opens it from the chat header. */
export function ChatInfoPanel({ chatId, onClose }: { chatId: string; onClose: () => void }) {
  const { t } = useTranslation('groups');
  const { t: tc } = useTranslation();
  const { data: details, isPending, isError, refetch } = useChat(chatId);
  const title = details?.chat.kind === 'group' ? t('info.groupTitle') : t('info.contactTitle');
  return (
    <aside className="chat-info" aria-label={title}>
      <header className="chat-info__header">
        <IconButton icon="close" label={tc('close')} onClick={onClose} />
        <h2 className="chat-info__title">{title}</h2>
      </header>
      <div className="chat-info__scroll">
        {isPending ? (
          <div className="chat-info__loading">
            <Spinner />
          </div>
        ) : isError ? (
          <div className="chat-info__loading">
            <p>{tc('errors.unknown')}</p>
            <button type="button" className="btn" onClick={() => void refetch()}>
              {tc('retry')}
            </button>
          </div>
        ) : details.chat.kind === 'group' ? (
          <GroupChatInfo details={details} />
        ) : (
          <DirectChatInfo details={details} />
        )}
      </div>
    </aside>
  );
}
