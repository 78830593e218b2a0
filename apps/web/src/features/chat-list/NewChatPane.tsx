import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useContacts } from '../../data/queries';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';
import { matchesSearch } from './chat-list-filter';
import { ContactRow } from './ContactRow';
import { isolate } from './isolate';
import { NewContactForm } from './NewContactForm';
import { SearchField } from './SearchField';
import { SidePaneHeader } from './SidePaneHeader';
import { useOpenDirectChat } from './use-open-direct-chat';
import { usePhoneLookup } from './use-phone-lookup';
import './new-chat-pane.css';

/**
 * "New chat": the address book by name, a new group, a new contact, and a chat with any number
 * typed in full that is on Parley.
 */
export function NewChatPane() {
  const { t } = useTranslation('chatList');
  const { data: contacts, isPending } = useContacts();
  const openDirect = useOpenDirectChat();
  const [query, setQuery] = useState('');
  const [addingContact, setAddingContact] = useState(false);
  const { data: lookup } = usePhoneLookup(query);
  const shown = (contacts ?? []).filter((contact) => matchesSearch(query, contact.name, contact.phone));
  const choose = (accountId: string) => void openDirect(accountId);

  return (
    <div className="new-chat-pane">
      <SidePaneHeader title={t('newChat.title')} />
      <SearchField value={query} onChange={setQuery} label={t('newChat.search')} />
      <div className="new-chat-pane__scroll">
        <ul className="new-chat-pane__actions">
          <li>
            <Link to="/new-group" className="new-chat-pane__action">
              <span className="new-chat-pane__action-icon">
                <Icon name="group" />
              </span>
              {t('newChat.newGroup')}
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="new-chat-pane__action"
              aria-expanded={addingContact}
              onClick={() => setAddingContact(!addingContact)}
            >
              <span className="new-chat-pane__action-icon">
                <Icon name="person" />
              </span>
              {t('newChat.newContact')}
            </button>
          </li>
          {lookup?.phone != null && lookup.input === query.trim() && (
            <li>
              {lookup.accountId !== null ? (
                <button
                  type="button"
                  className="new-chat-pane__action"
                  onClick={() => choose(lookup.accountId ?? '')}
                >
                  <span className="new-chat-pane__action-icon">
                    <Icon name="chat" />
                  </span>
                  <span>{t('newChat.chatWith', { phone: isolate(lookup.phone) })}</span>
                </button>
              ) : (
                <p className="new-chat-pane__absent">
                  {t('newChat.numberNotOnParley', { phone: isolate(lookup.phone) })}
                </p>
              )}
            </li>
          )}
        </ul>
        {addingContact && <NewContactForm onOpenChat={choose} />}
        <h2 className="new-chat-pane__section">{t('newChat.contacts')}</h2>
        {isPending ? (
          <div className="new-chat-pane__loading">
            <Spinner />
          </div>
        ) : shown.length === 0 ? (
          <p className="new-chat-pane__empty">
            {t(query.trim() === '' ? 'newChat.noContacts' : 'empty.search')}
          </p>
        ) : (
          <ul className="new-chat-pane__list" aria-label={t('newChat.contacts')}>
            {shown.map((contact) => (
              <ContactRow key={contact.phone} contact={contact} onChoose={choose} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
