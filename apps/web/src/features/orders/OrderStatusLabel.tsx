import type { OrderStatus } from '@parley/contracts';
import { useTranslation } from 'react-i18next';

/** An order's status as a coloured word. */
export function OrderStatusLabel({ status }: { status: OrderStatus }) {
  const { t } = useTranslation('catalog');
  return (
    <span className={`order-status order-status--${status}`} data-status={status}>
      {t(`orders.status.${status}`)}
    </span>
  );
}
