import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useParley } from '../../data/parley-context';
import { useChat, useChats } from '../../data/queries';
import { EmptyState } from '../../ui/EmptyState';
import { Spinner } from '../../ui/Spinner';
import { ChatInfoPanel } from '../groups/ChatInfoPanel';
import { ChatActionsProvider } from './actions/ChatActionsProvider';
import { Composer } from './composer/Composer';
import type { ComposerTarget } from './composer/ComposerContext';
import { ChatHeader } from './header/ChatHeader';
import { useUnreadMarker } from './list/use-unread-marker';
import { MessageList, type ListHandle } from './list/MessageList';
import { useChatTimeline, useTimelines } from './store/use-chat-timeline';
import { useMarkRead } from './use-mark-read';
import './chat-view.css';

/** `/chats/:chatId`: one conversation, remounted per chat so nothing of the last one lingers. */
export function ChatView() {
  const { chatId = '' } = useParams();
  return <OpenChat key={chatId} chatId={chatId} />;
}

function OpenChat({ chatId }: { chatId: string }) {
  const { t } = useTranslation('chat');
  const { session } = useParley();
  const timelines = useTimelines();
  const snapshot = useChatTimeline(chatId);
  const { data: details, error } = useChat(chatId);
  const { data: chats } = useChats();
  const summary = chats?.find((candidate) => candidate.chat.id === chatId);
  const [infoOpen, setInfoOpen] = useState(false);
  const [target, setTarget] = useState<ComposerTarget | undefined>(undefined);
  const [list, setList] = useState<ListHandle | null>(null);
  const unread = useUnreadMarker(
    chatId,
    snapshot,
    chats === undefined ? undefined : (summary?.unreadCount ?? 0),
  );
  useMarkRead(chatId, snapshot, unread !== undefined);
  const members = details?.members;
  const otherMembers = useMemo(
    () =>
      (members ?? [])
        .map((member) => member.accountId)
        .filter((accountId) => accountId !== session.accountId),
    [members, session.accountId],
  );

  if (error !== null && !snapshot.loaded) {
    return <EmptyState icon="chat" title={t('notFound')} />;
  }
  return (
    <div className="chat-view">
      <ChatActionsProvider chatId={chatId} list={list} onTarget={setTarget}>
        <section className="chat-view__conversation" aria-label={t('conversation')}>
          <ChatHeader chatId={chatId} onOpenInfo={() => setInfoOpen(true)} />
          {unread === undefined ? (
            <div className="chat-view__loading">
              <Spinner />
            </div>
          ) : (
            <MessageList
              ref={setList}
              chatId={chatId}
              snapshot={snapshot}
              unread={unread ?? undefined}
              otherMembers={otherMembers}
              inGroup={details?.chat.kind === 'group'}
              onLoadOlder={() => void timelines.loadOlder(chatId)}
            />
          )}
          {summary?.active === false ? (
            <p className="chat-view__notice">{t('notMember')}</p>
          ) : (
            <Composer chatId={chatId} target={target} onTargetDone={() => setTarget(undefined)} />
          )}
        </section>
      </ChatActionsProvider>
      {infoOpen && (
        <div className="chat-view__info">
          <ChatInfoPanel chatId={chatId} onClose={() => setInfoOpen(false)} />
        </div>
      )}
    </div>
  );
}
