import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useParley } from '../../../data/parley-context';
import { useAccount, useChat, useDisplayName } from '../../../data/queries';
import { Avatar } from '../../../ui/Avatar';
import { Icon } from '../../../ui/Icon';
import { BusinessSubtitle } from '../../business-info/BusinessSubtitle';
import { BadgedName } from '../../business-info/VerificationBadge';
import { CatalogButton } from '../../catalog/customer/CatalogButton';
import { CatalogPanel } from '../../catalog/customer/CatalogPanel';
import { ChatSubtitle } from './ChatSubtitle';
import './chat-header.css';

/**
 * The bar above the conversation: who it is with and what they are doing. Clicking it opens the
 * contact or group info; on narrow screens a back button returns to the chat list.
 */
export function ChatHeader({ chatId, onOpenInfo }: { chatId: string; onOpenInfo: () => void }) {
  const { t } = useTranslation('chat');
  const { session } = useParley();
  const { data: details } = useChat(chatId);
  const group = details?.chat.kind === 'group';
  const otherId = group
    ? undefined
    : details?.members.find((member) => member.accountId !== session.accountId)?.accountId;
  const other = useDisplayName(otherId);
  const { data: otherProfile } = useAccount(otherId);
  const name = group ? (details?.chat.subject ?? '') : other.name;
  const photo = group ? details?.chat.photoMediaId : otherProfile?.photoMediaId;
  return (
    <header className="chat-header">
      <Link
        to="/"
        className="icon-btn chat-header__back"
        aria-label={t('header.back')}
        title={t('header.back')}
      >
        <Icon name="back" />
      </Link>
      <button
        type="button"
        className="chat-header__who"
        onClick={onOpenInfo}
        aria-label={t('header.openInfo', { name })}
      >
        <Avatar name={name} photoMediaId={photo} group={group} />
        <span className="chat-header__text">
          <span className="chat-header__name" dir="auto">
            <BadgedName name={name} accountId={otherId} />
          </span>
          {otherProfile !== undefined && otherProfile.kind !== 'personal' ? (
            <BusinessSubtitle chatId={chatId} profile={otherProfile} />
          ) : (
            details !== undefined && (
              <ChatSubtitle chatId={chatId} otherId={otherId} members={details.members} />
            )
          )}
        </span>
      </button>
      {otherId !== undefined && otherProfile?.kind === 'business' && <CatalogButton businessId={otherId} />}
      <CatalogPanel chatId={chatId} />
    </header>
  );
}
