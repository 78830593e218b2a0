import { useTranslation } from 'react-i18next';
import { Route, Routes, useMatch } from 'react-router';
import { useParley } from '../data/parley-context';
import { ChatView } from '../features/chat/ChatView';
import { ChatListPane } from '../features/chat-list/ChatListPane';
import { NewChatPane } from '../features/chat-list/NewChatPane';
import { NewGroupPane } from '../features/groups/NewGroupPane';
import { SettingsPane } from '../features/settings/SettingsPane';
import { EmptyState } from '../ui/EmptyState';
import './app-shell.css';

/**
 * WhatsApp Web's two panes: the list side (chats, new chat, new group, settings) and the open
 * chat. Narrower than a tablet, one pane shows at a time.
 */
export function AppShell() {
  const { t } = useTranslation();
  const { status } = useParley();
  const chatOpen = useMatch('/chats/:chatId/*') !== null;
  return (
    <div className="app-shell" data-view={chatOpen ? 'chat' : 'list'}>
      {status !== 'online' && (
        <div className="app-shell__banner" role="status">
          {t(status === 'connecting' ? 'connection.connecting' : 'connection.offline')}
        </div>
      )}
      <aside className="app-shell__side" aria-label={t('panes.side')}>
        <Routes>
          <Route path="/settings/*" element={<SettingsPane />} />
          <Route path="/new-chat" element={<NewChatPane />} />
          <Route path="/new-group" element={<NewGroupPane />} />
          <Route path="*" element={<ChatListPane />} />
        </Routes>
      </aside>
      <main className="app-shell__main" aria-label={t('panes.main')}>
        <Routes>
          <Route path="/chats/:chatId/*" element={<ChatView />} />
          <Route
            path="*"
            element={
              <EmptyState icon="chat" title={t('welcome.title')}>
                <p>{t('welcome.body')}</p>
              </EmptyState>
            }
          />
        </Routes>
      </main>
    </div>
  );
}
