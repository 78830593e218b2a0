import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts, type Contact } from '../../data/queries';
import { Avatar } from '../../ui/Avatar';
import { Icon } from '../../ui/Icon';
import { matchesSearch } from '../chat-list/chat-list-filter';
import { SearchField } from '../chat-list/SearchField';
import './member-picker.css';

/**
 * Picks people from the address book (those on Parley): the chosen ones as removable chips
 * above a searchable list of checkboxes. `exclude` hides accounts already in the group.
 */
export function MemberPicker({
  selected,
  onChange,
  exclude,
}: {
  selected: readonly string[];
  onChange: (accountIds: string[]) => void;
  exclude?: ReadonlySet<string>;
}) {
  const { t } = useTranslation('groups');
  const { data: contacts } = useContacts();
  const [query, setQuery] = useState('');
  const onParley = (contacts ?? []).filter(
    (contact): contact is Contact & { accountId: string } =>
      contact.accountId !== null && !(exclude?.has(contact.accountId) ?? false),
  );
  const chosen = selected
    .map((id) => onParley.find((contact) => contact.accountId === id))
    .filter((c) => c !== undefined);
  const shown = onParley.filter((contact) => matchesSearch(query, contact.name, contact.phone));
  const toggle = (accountId: string) =>
    onChange(
      selected.includes(accountId) ? selected.filter((id) => id !== accountId) : [...selected, accountId],
    );

  return (
    <div className="member-picker">
      {chosen.length > 0 && (
        <ul className="member-picker__chips" aria-label={t('picker.selected')}>
          {chosen.map((contact) => (
            <li key={contact.accountId} className="member-picker__chip">
              <Avatar name={contact.name} size={24} />
              <bdi>{contact.name}</bdi>
              <button
                type="button"
                className="member-picker__chip-remove"
                aria-label={t('picker.remove', { name: contact.name })}
                onClick={() => toggle(contact.accountId)}
              >
                <Icon name="close" size={14} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <SearchField value={query} onChange={setQuery} label={t('picker.search')} />
      {onParley.length === 0 ? (
        <p className="member-picker__empty">{t('picker.noContacts')}</p>
      ) : (
        <ul className="member-picker__list" aria-label={t('picker.contacts')}>
          {shown.map((contact) => (
            <li key={contact.accountId}>
              <label className="member-picker__option">
                <input
                  type="checkbox"
                  checked={selected.includes(contact.accountId)}
                  onChange={() => toggle(contact.accountId)}
                />
                <Avatar name={contact.name} size={40} />
                <span className="member-picker__name">
                  <bdi>{contact.name}</bdi>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
