import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts, useIsBusiness } from '../../data/queries';
import { Icon } from '../../ui/Icon';
import { ApplyLabelsDialog } from './ApplyLabelsDialog';
import type { LabelTarget } from './label-queries';
import { ChatLabelChips } from './ChatLabelChips';
import './labels.css';

/**
 * A business's labels in contact info: the chips of the chat, "Label chat", and "Label contact"
 * when the other person's number is saved in the address book.
 */
export function ChatLabelsSection({ chatId, peerPhone }: { chatId: string; peerPhone: string }) {
  const { t } = useTranslation('labels');
  const business = useIsBusiness();
  const { data: contacts } = useContacts();
  const [target, setTarget] = useState<LabelTarget | null>(null);
  if (!business) return null;
  const saved = peerPhone !== '' && (contacts ?? []).some((contact) => contact.phone === peerPhone);
  return (
    <section className="chat-info__section chat-labels">
      <h4 className="chat-info__label">{t('title')}</h4>
      <ChatLabelChips chatId={chatId} peerPhone={peerPhone} />
      <ul className="chat-info__actions">
        <li>
          <button
            type="button"
            className="chat-info__action"
            onClick={() => setTarget({ kind: 'chat', id: chatId })}
          >
            <Icon name="label" />
            {t('apply.chat')}
          </button>
        </li>
        {saved && (
          <li>
            <button
              type="button"
              className="chat-info__action"
              onClick={() => setTarget({ kind: 'contact', id: peerPhone })}
            >
              <Icon name="label" />
              {t('apply.contact')}
            </button>
          </li>
        )}
      </ul>
      {target !== null && <ApplyLabelsDialog target={target} onClose={() => setTarget(null)} />}
    </section>
  );
}
