import type { BroadcastListView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { Avatar } from '../../ui/Avatar';
import { Icon } from '../../ui/Icon';
import { useRecipientNames } from './use-recipient-names';

/** Who is on the list, and for each whether a broadcast will reach them (they saved the number). */
export function ListRecipients({ recipients }: { recipients: BroadcastListView['recipients'] }) {
  const { t } = useTranslation('broadcasts');
  const nameOf = useRecipientNames();
  const saved = recipients.filter((recipient) => recipient.savedNumber).length;
  return (
    <section aria-labelledby="list-recipients-title">
      <h3 id="list-recipients-title" className="settings__section-title">
        {t('list.recipients', { count: recipients.length })}
      </h3>
      <p className="settings__note">
        {t('list.willReceive', { saved: formatNumber(saved), total: formatNumber(recipients.length) })}{' '}
        {t('savedHint')}
      </p>
      {recipients.length === 0 ? (
        <p className="settings__note">{t('list.empty')}</p>
      ) : (
        <ul className="settings__list">
          {recipients.map((recipient) => {
            const name = nameOf(recipient.phone);
            return (
              <li
                key={recipient.accountId}
                className="broadcast-recipient"
                data-saved={recipient.savedNumber}
              >
                <Avatar name={name ?? recipient.phone} size={36} />
                <span className="broadcast-recipient__text">
                  <bdi>{name ?? recipient.phone}</bdi>
                  <span
                    className={
                      recipient.savedNumber
                        ? 'broadcast-recipient__saved'
                        : 'broadcast-recipient__saved broadcast-recipient__saved--no'
                    }
                  >
                    <Icon name={recipient.savedNumber ? 'check' : 'block'} size={14} />
                    {t(recipient.savedNumber ? 'list.saved' : 'list.notSaved')}
                  </span>
                </span>
                {name !== undefined && (
                  <span className="broadcast-recipient__phone" dir="ltr">
                    {recipient.phone}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
