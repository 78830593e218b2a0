import type { StatisticsView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { ACTIVITY } from './activity';

/** The range's sums, each in its series' colour. */
export function ActivityTotals({ totals }: { totals: StatisticsView['totals'] }) {
  const { t } = useTranslation('statistics');
  return (
    <dl className="activity-totals">
      {ACTIVITY.map(({ key, colorVar }) => (
        <div key={key} className="activity-totals__item" data-total={key}>
          <dt className="activity-totals__label">
            <span className="activity-totals__swatch" style={{ background: `var(${colorVar})` }} />
            {t(`series.${key}`)}
          </dt>
          <dd className="activity-totals__value">{formatNumber(totals[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
