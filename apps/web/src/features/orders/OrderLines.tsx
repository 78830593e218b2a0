import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { orderMoney } from './order-money';

interface Line {
  readonly productId: string;
  readonly name: string;
  readonly quantity: number;
  readonly unitPrice: number;
}

/** An order's lines ("2 × Sourdough … €9.00") and its total. */
export function OrderLines({
  items,
  currency,
  total,
  note,
}: {
  items: readonly Line[];
  currency: string;
  total: number;
  note: string | null | undefined;
}) {
  const { t } = useTranslation('catalog');
  return (
    <div className="order-lines">
      <ul className="order-lines__list">
        {items.map((item) => (
          <li key={item.productId} className="order-lines__line">
            <span dir="auto">
              {t('orders.line', { quantity: formatNumber(item.quantity), name: item.name })}
            </span>
            <span>{orderMoney(item.unitPrice * item.quantity, currency)}</span>
          </li>
        ))}
      </ul>
      <p className="order-lines__total">
        <span>{t('cart.total')}</span>
        <strong>{orderMoney(total, currency)}</strong>
      </p>
      {note !== undefined && note !== null && note !== '' && (
        <p className="order-lines__note" dir="auto">
          {t('orders.note', { note })}
        </p>
      )}
    </div>
  );
}
