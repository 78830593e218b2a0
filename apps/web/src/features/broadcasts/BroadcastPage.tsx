import type { BroadcastView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Avatar } from '../../ui/Avatar';
import { Spinner } from '../../ui/Spinner';
import { BusinessToolPage } from '../business/tools/BusinessToolPage';
import { useBroadcast } from './broadcast-queries';
import { broadcastPaths } from './broadcast-paths';
import { BroadcastTotals } from './BroadcastTotals';
import { formatSentAt } from './format-sent-at';
import { previewText } from './preview-text';
import { RecipientStatusLabel } from './RecipientStatusLabel';
import { useLiveBroadcast } from './use-live-broadcast';
import { useRecipientNames } from './use-recipient-names';

/** One broadcast: its totals and each recipient's status, kept current while it is open. */
export function BroadcastPage() {
  const { t } = useTranslation('broadcasts');
  const { broadcastId = '' } = useParams();
  const { data: broadcast, isError } = useBroadcast(broadcastId);
  useLiveBroadcast(broadcastId);
  return (
    <BusinessToolPage title={t('broadcast.title')} back={broadcastPaths.sent}>
      {isError ? (
        <p className="settings__note">{t('loadFailed')}</p>
      ) : broadcast === undefined ? (
        <div className="settings__center">
          <Spinner />
        </div>
      ) : (
        <BroadcastReport broadcast={broadcast} />
      )}
    </BusinessToolPage>
  );
}

function BroadcastReport({ broadcast }: { broadcast: BroadcastView }) {
  const { t } = useTranslation('broadcasts');
  const nameOf = useRecipientNames();
  return (
    <>
      <div className="broadcast-report__message">
        <bdi className="broadcast-report__preview">{previewText(broadcast, t)}</bdi>
        <span className="settings__item-hint">
          {t('sent.at', { time: formatSentAt(broadcast.createdAt) })}{' '}
          <Link to={broadcastPaths.list(broadcast.listId)}>
            <bdi>{broadcast.listName}</bdi>
          </Link>
        </span>
      </div>
      <h3 className="settings__section-title">{t('broadcast.totals')}</h3>
      <BroadcastTotals totals={broadcast.totals} />
      <h3 id="broadcast-recipients-title" className="settings__section-title">
        {t('broadcast.recipients')}
      </h3>
      <p className="settings__note">{t('broadcast.live')}</p>
      <ul className="settings__list" aria-labelledby="broadcast-recipients-title">
        {broadcast.recipients.map((recipient) => {
          const name = nameOf(recipient.phone) ?? recipient.phone;
          return (
            <li key={recipient.accountId} className="broadcast-recipient" data-status={recipient.status}>
              <Avatar name={name} size={36} />
              <span className="broadcast-recipient__text">
                <bdi>{name}</bdi>
                <RecipientStatusLabel status={recipient.status} />
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
