import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../data/queries';
import { Avatar } from '../../ui/Avatar';
import { Icon } from '../../ui/Icon';
import { PopupMenu } from './PopupMenu';

/** The list's header: your picture (to settings), new chat, and the menu with New group and Settings. */
export function ChatListHeader() {
  const { t } = useTranslation('chatList');
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <header className="chat-list-pane__header">
      <Link
        to="/settings"
        className="chat-list-pane__me"
        aria-label={t('header.profile')}
        title={t('header.profile')}
      >
        <Avatar name={me?.name || me?.phone || ''} photoMediaId={me?.photoMediaId} size={40} />
      </Link>
      <h1 className="chat-list-pane__title">{t('header.title')}</h1>
      <Link to="/new-chat" className="icon-btn" aria-label={t('header.newChat')} title={t('header.newChat')}>
        <Icon name="plus" />
      </Link>
      <PopupMenu
        label={t('header.menu')}
        open={menuOpen}
        onOpenChange={setMenuOpen}
        items={[
          { label: t('header.newGroup'), onSelect: () => void navigate('/new-group') },
          { label: t('header.settings'), onSelect: () => void navigate('/settings') },
        ]}
      />
    </header>
  );
}
