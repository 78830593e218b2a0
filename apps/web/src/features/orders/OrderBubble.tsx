import type { OrderContentView } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import { formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { OrderLines } from './OrderLines';
import { orderMoney } from './order-money';
import { useOrder } from './order-queries';
import { OrderStatusActions } from './OrderStatusActions';
import { OrderStatusLabel } from './OrderStatusLabel';
import './orders.css';

/**
 * An `order` message: how many items, the total and the status; "View details" lists the lines.
 * The business also gets the buttons that move the order on.
 */
/** An order message's content as stored, or, while it is sending, the cart as sent: no names or prices. */
export type OrderMessageContent =
  | OrderContentView
  | {
      readonly businessId?: string;
      readonly items: readonly { quantity: number }[];
      readonly total?: undefined;
    };

export function OrderBubble({ orderId, content }: { orderId: string; content: OrderMessageContent }) {
  const { t } = useTranslation('catalog');
  const { session } = useParley();
  const { data: order } = useOrder(orderId);
  const [details, setDetails] = useState(false);
  // While sending, the bubble holds the cart as sent, which has no names or prices yet.
  const priced = content.total !== undefined ? content : order;
  const count = content.items.reduce((sum, item) => sum + item.quantity, 0);
  const business = session.accountId === content.businessId;
  return (
    <div className="order-bubble" data-order-id={orderId}>
      <div className="order-bubble__summary">
        <span className="order-bubble__icon" aria-hidden>
          <Icon name="cart" />
        </span>
        <span className="order-bubble__text">
          <strong>{t('orders.items', { count, formatted: formatNumber(count) })}</strong>
          {priced !== undefined && (
            <span className="order-bubble__total">{orderMoney(priced.total, priced.currency)}</span>
          )}
        </span>
        {order !== undefined && <OrderStatusLabel status={order.status} />}
      </div>
      {priced !== undefined && (
        <Button className="order-bubble__details" onClick={() => setDetails(true)}>
          {t('orders.viewDetails')}
        </Button>
      )}
      {business && order !== undefined && <OrderStatusActions order={order} />}
      {details && priced !== undefined && (
        <Dialog
          title={t('orders.detailsTitle')}
          onClose={() => setDetails(false)}
          actions={<Button onClick={() => setDetails(false)}>{t('orders.close')}</Button>}
        >
          <OrderLines
            items={priced.items}
            currency={priced.currency}
            total={priced.total}
            note={priced.note}
          />
        </Dialog>
      )}
    </div>
  );
}
