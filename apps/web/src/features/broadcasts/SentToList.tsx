import { useTranslation } from 'react-i18next';
import { useBroadcasts } from './broadcast-queries';
import { BroadcastSummaryRow } from './BroadcastSummaryRow';

/** The recent broadcasts that went to one list. */
export function SentToList({ listId }: { listId: string }) {
  const { t } = useTranslation('broadcasts');
  const { data: broadcasts } = useBroadcasts();
  const mine = (broadcasts ?? []).filter((broadcast) => broadcast.listId === listId);
  if (mine.length === 0) return null;
  return (
    <section aria-labelledby="sent-to-list-title">
      <h3 id="sent-to-list-title" className="settings__section-title">
        {t('list.sentToList')}
      </h3>
      <ul className="settings__list">
        {mine.map((broadcast) => (
          <BroadcastSummaryRow key={broadcast.id} broadcast={broadcast} />
        ))}
      </ul>
    </section>
  );
}
