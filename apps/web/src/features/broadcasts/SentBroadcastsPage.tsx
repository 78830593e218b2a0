import { useTranslation } from 'react-i18next';
import { Spinner } from '../../ui/Spinner';
import { BusinessToolPage } from '../business/tools/BusinessToolPage';
import { useBroadcasts } from './broadcast-queries';
import { broadcastPaths } from './broadcast-paths';
import { BroadcastSummaryRow } from './BroadcastSummaryRow';

/** Every broadcast sent, newest first. */
export function SentBroadcastsPage() {
  const { t } = useTranslation('broadcasts');
  return (
    <BusinessToolPage title={t('sent.title')} back={broadcastPaths.lists}>
      <SentBroadcasts />
    </BusinessToolPage>
  );
}

function SentBroadcasts() {
  const { t } = useTranslation('broadcasts');
  const { data: broadcasts, isError } = useBroadcasts();
  if (isError) return <p className="settings__note">{t('loadFailed')}</p>;
  if (broadcasts === undefined) {
    return (
      <div className="settings__center">
        <Spinner />
      </div>
    );
  }
  if (broadcasts.length === 0) return <p className="settings__note">{t('sent.empty')}</p>;
  return (
    <ul className="settings__list" aria-label={t('sent.title')}>
      {broadcasts.map((broadcast) => (
        <BroadcastSummaryRow key={broadcast.id} broadcast={broadcast} />
      ))}
    </ul>
  );
}
