import type { OrderView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDisplayName } from '../../data/queries';
import { formatDay, formatTime } from '../../i18n/format';
import { OrderLines } from './OrderLines';
import { OrderStatusActions } from './OrderStatusActions';
import { OrderStatusLabel } from './OrderStatusLabel';

/** One order in the business's list: who, when, what, its status and next steps, and its chat. */
export function OrderCard({ order }: { order: OrderView }) {
  const { t } = useTranslation('catalog');
  const customer = useDisplayName(order.customerId);
  return (
    <article
      className="order-card"
      data-order-id={order.id}
      aria-label={t('orders.from', { name: customer.name })}
    >
      <header className="order-card__header">
        <span className="order-card__customer" dir="auto">
          {customer.name}
        </span>
        <OrderStatusLabel status={order.status} />
      </header>
      <time className="muted" dateTime={new Date(order.createdAt).toISOString()}>
        {`${formatDay(order.createdAt)} ${formatTime(order.createdAt)}`}
      </time>
      <OrderLines items={order.items} currency={order.currency} total={order.total} note={order.note} />
      <footer className="order-card__footer">
        <OrderStatusActions order={order} />
        <Link className="btn btn--ghost" to={`/chats/${order.chatId}`}>
          {t('orders.openChat')}
        </Link>
      </footer>
    </article>
  );
}
