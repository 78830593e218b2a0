import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts, type Contact } from '../../../data/queries';
import { Avatar } from '../../../ui/Avatar';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Spinner } from '../../../ui/Spinner';
import { useToast } from '../../../ui/Toasts';
import type { SendContent } from './send-content';
import './contact-picker-dialog.css';

/** The most cards one message may carry (docs/api.md). */
const MAX_CARDS = 20;

/** Picks contacts from the address book and sends them as one contacts message. */
export function ContactPickerDialog({ onSend, onClose }: { onSend: SendContent; onClose: () => void }) {
  const { t } = useTranslation('media');
  const toast = useToast();
  const { data: contacts, isPending } = useContacts();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [sending, setSending] = useState(false);
  const needle = search.trim().toLowerCase();
  const shown = (contacts ?? []).filter(
    (contact) => contact.name.toLowerCase().includes(needle) || contact.phone.includes(needle),
  );

  const toggle = (phone: string) =>
    setChosen((current) =>
      current.includes(phone) ? current.filter((entry) => entry !== phone) : [...current, phone],
    );

  const send = async () => {
    const cards = (contacts ?? []).filter((contact) => chosen.includes(contact.phone)).map(cardOf);
    setSending(true);
    try {
      await onSend({ type: 'contacts', content: { contacts: cards } });
      onClose();
    } catch (error) {
      toast.showError(error);
      setSending(false);
    }
  };

  return (
    <Dialog
      title={t('contactPicker.title')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button variant="primary" disabled={chosen.length === 0 || sending} onClick={() => void send()}>
            {t('contactPicker.send', { count: chosen.length })}
          </Button>
        </>
      }
    >
      <input
        className="field__input"
        type="search"
        dir="auto"
        placeholder={t('contactPicker.search')}
        aria-label={t('contactPicker.search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        // The dialog sits inside the composer's form: Enter here must not send the draft.
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      {isPending ? (
        <Spinner />
      ) : shown.length === 0 ? (
        <p className="muted">{t('contactPicker.none')}</p>
      ) : (
        <ul className="contact-picker">
          {shown.map((contact) => {
            const checked = chosen.includes(contact.phone);
            return (
              <li key={contact.phone}>
                <label className="contact-picker__row">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={!checked && chosen.length >= MAX_CARDS}
                    onChange={() => toggle(contact.phone)}
                  />
                  <Avatar name={contact.name} size={36} />
                  <span className="contact-picker__text">
                    <span dir="auto">{contact.name}</span>
                    <span className="muted contact-picker__phone" dir="ltr">
                      {contact.phone}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}

/** A contact as a Cloud API card; `wa_id` is the number in digits, so receivers can message it. */
function cardOf(contact: Contact) {
  return {
    name: { formatted_name: contact.name },
    phones: [{ phone: contact.phone, wa_id: contact.phone.replace(/\D/g, '') }],
  };
}
