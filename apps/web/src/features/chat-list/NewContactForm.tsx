import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import type { Contact } from '../../data/queries';
import { queryKeys } from '../../data/query-keys';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { errorKey } from '../../ui/Toasts';

/** Saves a number with a name to the address book, then says whether it is on Parley. */
export function NewContactForm({ onOpenChat }: { onOpenChat: (accountId: string) => void }) {
  const { t } = useTranslation('chatList');
  const { t: tc } = useTranslation();
  const { client } = useParley();
  const queryClient = useQueryClient();
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<Contact>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const contact = await client.request<Contact>(
        'PUT',
        `/v1/contacts/${encodeURIComponent(phone.trim())}`,
        {
          name: name.trim(),
        },
      );
      await queryClient.invalidateQueries({ queryKey: queryKeys.contacts });
      setSaved(contact);
      setPhone('');
      setName('');
    } catch (failure) {
      setError(tc(errorKey(failure)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="new-contact" onSubmit={(event) => void submit(event)} aria-label={t('newContact.title')}>
      <TextField
        label={t('newContact.phone')}
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        dir="ltr"
        required
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        hint={t('newContact.phoneHint')}
        error={error}
      />
      <TextField
        label={t('newContact.name')}
        required
        maxLength={100}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <Button type="submit" variant="primary" disabled={busy || phone.trim() === '' || name.trim() === ''}>
        {t('newContact.save')}
      </Button>
      {saved !== undefined && (
        <div className="new-contact__result" role="status">
          {saved.accountId === null ? (
            <p>{t('newContact.notOnParley', { name: saved.name })}</p>
          ) : (
            <>
              <p>{t('newContact.onParley', { name: saved.name })}</p>
              <Button variant="primary" onClick={() => onOpenChat(saved.accountId ?? '')}>
                {t('newContact.message', { name: saved.name })}
              </Button>
            </>
          )}
        </div>
      )}
    </form>
  );
}
