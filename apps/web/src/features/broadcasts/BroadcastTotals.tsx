import type { BroadcastView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';

const SHOWN = ['recipients', 'sent', 'delivered', 'read', 'notSaved', 'notDelivered'] as const;

/** A broadcast's counts side by side; a read message also counts as delivered and sent. */
export function BroadcastTotals({ totals }: { totals: BroadcastView['totals'] }) {
  const { t } = useTranslation('broadcasts');
  return (
    <dl className="broadcast-totals">
      {SHOWN.map((key) => (
        <div key={key} className="broadcast-totals__item" data-total={key}>
          <dt className="broadcast-totals__label">{t(`totals.${key}`)}</dt>
          <dd className="broadcast-totals__value">{formatNumber(totals[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
