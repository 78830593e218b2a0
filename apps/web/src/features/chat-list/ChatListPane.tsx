import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';
import { useChats, useContacts } from '../../data/queries';
import { formatNumber } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { IconButton } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { LabelFilterChips } from '../labels/LabelFilterChips';
import { LabelFilterEmpty } from '../labels/LabelFilterEmpty';
import { useLabelFilter } from '../labels/use-label-filter';
import { CHAT_FILTERS, matchesFilter, matchesSearch, pinnedFirst, type ChatFilter } from './chat-list-filter';
import { useChatTitles } from './chat-titles';
import { ChatListHeader } from './ChatListHeader';
import { ChatRow } from './ChatRow';
import { ContactRow } from './ContactRow';
import { SearchField } from './SearchField';
import { useOpenDirectChat } from './use-open-direct-chat';
import './chat-list-pane.css';

/**
 * The side pane's home: every chat, pinned first, with search (chats, then contacts without a
 * chat), the All / Unread / Groups filters, and the archived chats behind their own row.
 */
export function ChatListPane() {
  const { t } = useTranslation('chatList');
  const { data: chats, isPending, isError, refetch } = useChats();
  const { data: contacts } = useContacts();
  const titles = useChatTitles(chats ?? []);
  const openDirect = useOpenDirectChat();
  const openChatId = useMatch('/chats/:chatId/*')?.params.chatId;
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ChatFilter>('all');
  const [labelId, setLabelId] = useState<string | null>(null);
  const hasLabel = useLabelFilter(labelId);
  const [archivedView, setArchivedView] = useState(false);

  const searching = query.trim() !== '';
  const all = chats ?? [];
  const archived = all.filter((summary) => summary.settings.archived);
  const shown = pinnedFirst(
    all.filter((summary) => {
      const title = titles.get(summary.chat.id);
      if (searching) return matchesSearch(query, title?.name ?? '', title?.phone);
      if (labelId !== null && !archivedView)
        return !summary.settings.archived && hasLabel(summary.chat.id, title?.phone);
      return summary.settings.archived === archivedView && matchesFilter(summary, filter);
    }),
  );
  const chatPeers = new Set([...titles.values()].map((title) => title.peerId));
  const otherContacts = searching
    ? (contacts ?? []).filter(
        (contact) =>
          contact.accountId !== null &&
          !chatPeers.has(contact.accountId) &&
          matchesSearch(query, contact.name, contact.phone),
      )
    : [];

  return (
    <div className="chat-list-pane">
      {archivedView ? (
        <header className="chat-list-pane__header">
          <IconButton icon="back" label={t('common:back')} onClick={() => setArchivedView(false)} />
          <h1 className="chat-list-pane__title">{t('archived.title')}</h1>
        </header>
      ) : (
        <ChatListHeader />
      )}
      <SearchField value={query} onChange={setQuery} label={t('search.label')} />
      {!archivedView && !searching && (
        <div className="chat-list-pane__filters" role="group" aria-label={t('filters.label')}>
          {CHAT_FILTERS.map((name) => (
            <button
              key={name}
              type="button"
              className="chat-list-pane__filter"
              aria-pressed={labelId === null && filter === name}
              onClick={() => {
                setFilter(name);
                setLabelId(null);
              }}
            >
              {t(`filters.${name}`)}
            </button>
          ))}
          <LabelFilterChips selected={labelId} onSelect={setLabelId} className="chat-list-pane__filter" />
        </div>
      )}
      <div className="chat-list-pane__scroll">
        {isPending ? (
          <div className="chat-list-pane__loading">
            <Spinner />
          </div>
        ) : isError ? (
          <EmptyState icon="info" title={t('common:errors.network')}>
            <button type="button" className="btn" onClick={() => void refetch()}>
              {t('common:retry')}
            </button>
          </EmptyState>
        ) : (
          <>
            {!archivedView && !searching && archived.length > 0 && (
              <button
                type="button"
                className="chat-list-pane__archived"
                onClick={() => setArchivedView(true)}
              >
                <span className="chat-list-pane__archived-icon">
                  <Icon name="archive" />
                </span>
                <span className="chat-list-pane__archived-label">{t('archived.row')}</span>
                <span className="chat-list-pane__archived-count">{formatNumber(archived.length)}</span>
              </button>
            )}
            {searching && shown.length > 0 && (
              <h2 className="chat-list-pane__section">{t('search.chats')}</h2>
            )}
            {shown.length > 0 && (
              <ul
                className="chat-list-pane__list"
                aria-label={t(archivedView ? 'archived.title' : 'list.label')}
              >
                {shown.map((summary) => (
                  <ChatRow
                    key={summary.chat.id}
                    summary={summary}
                    title={
                      titles.get(summary.chat.id) ?? {
                        name: '',
                        photoMediaId: null,
                        peerId: undefined,
                        phone: '',
                      }
                    }
                    open={summary.chat.id === openChatId}
                  />
                ))}
              </ul>
            )}
            {otherContacts.length > 0 && (
              <>
                <h2 className="chat-list-pane__section">{t('search.contacts')}</h2>
                <ul className="chat-list-pane__list" aria-label={t('search.contacts')}>
                  {otherContacts.map((contact) => (
                    <ContactRow
                      key={contact.phone}
                      contact={contact}
                      onChoose={(id) => void openDirect(id)}
                    />
                  ))}
                </ul>
              </>
            )}
            {shown.length === 0 &&
              otherContacts.length === 0 &&
              (labelId !== null && !searching && !archivedView ? (
                <LabelFilterEmpty className="chat-list-pane__empty" />
              ) : (
                <ListEmpty searching={searching} filter={filter} archived={archivedView} />
              ))}
          </>
        )}
      </div>
    </div>
  );
}

function ListEmpty({
  searching,
  filter,
  archived,
}: {
  searching: boolean;
  filter: ChatFilter;
  archived: boolean;
}) {
  const { t } = useTranslation('chatList');
  const key = searching ? 'search' : archived ? 'archived' : filter;
  return (
    <div className="chat-list-pane__empty">
      <p>{t(`empty.${key}`)}</p>
    </div>
  );
}
