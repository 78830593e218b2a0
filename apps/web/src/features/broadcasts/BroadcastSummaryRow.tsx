import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import type { BroadcastSummary } from './broadcast-queries';
import { broadcastPaths } from './broadcast-paths';
import { formatSentAt } from './format-sent-at';
import { previewText } from './preview-text';

/** One sent broadcast in a list: what it said, to which list, when, and how far it got. */
export function BroadcastSummaryRow({ broadcast }: { broadcast: BroadcastSummary }) {
  const { t } = useTranslation('broadcasts');
  const { totals } = broadcast;
  return (
    <li>
      <Link to={broadcastPaths.broadcast(broadcast.id)} className="settings__item broadcast-summary">
        <Icon name="broadcast" />
        <span className="settings__item-label">
          <bdi className="broadcast-summary__preview">{previewText(broadcast, t)}</bdi>
          <span className="settings__item-hint">
            {t('sent.to', { list: broadcast.listName, time: formatSentAt(broadcast.createdAt) })}
          </span>
          <span className="settings__item-hint">
            {t('sent.totals', {
              delivered: formatNumber(totals.delivered),
              read: formatNumber(totals.read),
              recipients: formatNumber(totals.recipients),
            })}
          </span>
        </span>
      </Link>
    </li>
  );
}
