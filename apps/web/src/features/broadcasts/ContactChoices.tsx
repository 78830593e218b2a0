import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts } from '../../data/queries';
import { Avatar } from '../../ui/Avatar';
import { matchesSearch } from '../chat-list/chat-list-filter';
import { SearchField } from '../chat-list/SearchField';
import { toggleRecipient } from './recipient-selection';

/** The business's contacts who are on Parley, as checkboxes: only they can be on a list. */
export function ContactChoices({
  selected,
  onChange,
}: {
  selected: readonly string[];
  onChange: (phones: string[]) => void;
}) {
  const { t } = useTranslation('broadcasts');
  const { data: contacts } = useContacts();
  const [query, setQuery] = useState('');
  const onParley = (contacts ?? []).filter((contact) => contact.accountId !== null);
  const shown = onParley.filter((contact) => matchesSearch(query, contact.name, contact.phone));
  return (
    <fieldset className="list-editor__contacts">
      <legend className="list-editor__heading">{t('editor.contacts')}</legend>
      {onParley.length === 0 ? (
        <p className="list-editor__hint">{t('editor.noContacts')}</p>
      ) : (
        <>
          <SearchField value={query} onChange={setQuery} label={t('editor.search')} />
          {shown.length === 0 && <p className="list-editor__hint">{t('editor.noMatches')}</p>}
          <ul className="list-editor__options">
            {shown.map((contact) => (
              <li key={contact.phone}>
                <label className="list-editor__option">
                  <input
                    type="checkbox"
                    checked={selected.includes(contact.phone)}
                    onChange={() => onChange(toggleRecipient(selected, contact.phone))}
                  />
                  <Avatar name={contact.name} size={36} />
                  <span className="list-editor__option-text">
                    <bdi>{contact.name}</bdi>
                    <span className="list-editor__phone" dir="ltr">
                      {contact.phone}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
