import { useTranslation } from 'react-i18next';
import { useAccount, type Contact } from '../../data/queries';
import { Avatar } from '../../ui/Avatar';
import { ContactLabelChips } from '../labels/ContactLabelChips';
import './contact-row.css';

/**
 * A saved contact: a button that opens the chat with them when they are on Parley, else a row
 * marked "Not on Parley".
 */
export function ContactRow({
  contact,
  onChoose,
}: {
  contact: Contact;
  onChoose: (accountId: string) => void;
}) {
  const { t } = useTranslation('chatList');
  const { data: profile } = useAccount(contact.accountId ?? undefined);
  const { accountId } = contact;
  const inner = (
    <>
      <Avatar name={contact.name} photoMediaId={profile?.photoMediaId} size={49} />
      <span className="contact-row__body">
        <span className="contact-row__name">
          <bdi>{contact.name}</bdi>
        </span>
        <span className="contact-row__about">
          {accountId === null ? t('contacts.notOnParley') : <bdi>{profile?.about || contact.phone}</bdi>}
        </span>
        <ContactLabelChips phone={contact.phone} />
      </span>
    </>
  );
  return (
    <li>
      {accountId === null ? (
        <div className="contact-row contact-row--absent">{inner}</div>
      ) : (
        <button type="button" className="contact-row" onClick={() => onChoose(accountId)}>
          {inner}
        </button>
      )}
    </li>
  );
}
