import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts } from '../../data/queries';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Spinner } from '../../ui/Spinner';
import { togglePhone } from './audience';

interface Row {
  readonly phone: string;
  readonly name: string | undefined;
}

/**
 * Picks people from the business's contacts. A number chosen earlier whose contact is gone stays
 * listed (by its number), so it can still be taken out.
 */
export function AudiencePickerDialog({
  title,
  phones,
  onDone,
  onClose,
}: {
  title: string;
  phones: readonly string[];
  onDone: (phones: string[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('autoReplies');
  const { data: contacts, isPending } = useContacts();
  const [chosen, setChosen] = useState<string[]>([...phones]);
  const [search, setSearch] = useState('');
  const known = new Set((contacts ?? []).map((contact) => contact.phone));
  const rows: Row[] = [
    ...(contacts ?? []).map((contact) => ({ phone: contact.phone, name: contact.name })),
    ...phones.filter((phone) => !known.has(phone)).map((phone) => ({ phone, name: undefined })),
  ];
  const needle = search.trim().toLowerCase();
  const shown = rows.filter(
    (row) => (row.name ?? '').toLowerCase().includes(needle) || row.phone.includes(needle),
  );

  return (
    <Dialog
      title={title}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button variant="primary" onClick={() => onDone(chosen)}>
            {t('audience.done', { count: chosen.length })}
          </Button>
        </>
      }
    >
      <input
        className="field__input"
        type="search"
        dir="auto"
        placeholder={t('audience.search')}
        aria-label={t('audience.search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        // The dialog sits inside the settings form: Enter here must not save it.
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      {isPending ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <p className="muted">{t('audience.noContacts')}</p>
      ) : (
        <ul className="audience-picker">
          {shown.map((row) => (
            <li key={row.phone}>
              <label className="audience-picker__row">
                <input
                  type="checkbox"
                  checked={chosen.includes(row.phone)}
                  onChange={() => setChosen((current) => togglePhone(current, row.phone))}
                />
                <Avatar name={row.name ?? row.phone} size={36} />
                <span className="audience-picker__text">
                  <span dir="auto">{row.name ?? t('audience.notInContacts')}</span>
                  <span className="muted audience-picker__phone" dir="ltr">
                    {row.phone}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
