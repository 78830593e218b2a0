import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../i18n/format';
import { useBroadcasts, type BroadcastSummary } from '../broadcasts/broadcast-queries';
import { broadcastPaths } from '../broadcasts/broadcast-paths';
import { formatSentAt } from '../broadcasts/format-sent-at';
import { previewText } from '../broadcasts/preview-text';

/** How many recent broadcasts are measured here; all of them are under Broadcast lists. */
const RECENT_BROADCASTS = 10;

const SHOWN = ['delivered', 'read'] as const;

/** Each recent broadcast's reach: of its recipients, how many it reached and how many read it, as bars. */
export function BroadcastStatistics() {
  const { t } = useTranslation('statistics');
  const { data: broadcasts } = useBroadcasts(RECENT_BROADCASTS);
  return (
    <section className="broadcast-statistics" aria-labelledby="broadcast-statistics-title">
      <h3 id="broadcast-statistics-title" className="settings__section-title">
        {t('broadcasts.title')}
      </h3>
      {broadcasts !== undefined && broadcasts.length === 0 ? (
        <p className="settings__note">{t('broadcasts.empty')}</p>
      ) : (
        <ul className="broadcast-statistics__list">
          {(broadcasts ?? []).map((broadcast) => (
            <BroadcastBars key={broadcast.id} broadcast={broadcast} />
          ))}
        </ul>
      )}
    </section>
  );
}

function BroadcastBars({ broadcast }: { broadcast: BroadcastSummary }) {
  const { t } = useTranslation('statistics');
  const { totals } = broadcast;
  return (
    <li className="broadcast-statistics__item" data-broadcast={broadcast.id}>
      <Link to={broadcastPaths.broadcast(broadcast.id)} className="broadcast-statistics__link">
        <bdi className="broadcast-statistics__preview">{previewText(broadcast, t)}</bdi>
        <span className="broadcast-statistics__when">{formatSentAt(broadcast.createdAt)}</span>
      </Link>
      {SHOWN.map((key) => (
        <div key={key} className="broadcast-statistics__bar-row" data-total={key}>
          <span className="broadcast-statistics__bar-label">{t(`series.${key}`)}</span>
          <span className="broadcast-statistics__bar" aria-hidden="true">
            <span
              className="broadcast-statistics__fill"
              style={{
                inlineSize: `${(100 * totals[key]) / Math.max(totals.recipients, 1)}%`,
                background: `var(--statistics-${key})`,
              }}
            />
          </span>
          <span className="broadcast-statistics__bar-value">
            {t('broadcasts.ofRecipients', {
              value: formatNumber(totals[key]),
              total: formatNumber(totals.recipients),
            })}
          </span>
        </div>
      ))}
    </li>
  );
}
