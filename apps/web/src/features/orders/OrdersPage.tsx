import type { OrderStatus } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { SettingsHeader } from '../settings/SettingsHeader';
import { SettingsLoading } from '../settings/SettingsLoading';
import { OrderCard } from './OrderCard';
import { useOrders } from './order-queries';
import { ORDER_STATUSES } from './order-status';
import './orders.css';

/** Settings → Business tools → Orders: every order, newest first, filtered by status. */
export function OrdersPage() {
  const { t } = useTranslation('catalog');
  const [status, setStatus] = useState<OrderStatus | undefined>(undefined);
  const orders = useOrders(status);
  const list = orders.data?.pages.flatMap((page) => page.orders) ?? [];
  return (
    <>
      <SettingsHeader title={t('orders.title')} back="/settings/business" />
      <div className="settings__body orders-page">
        <SelectField
          label={t('orders.filter')}
          value={status ?? 'all'}
          onChange={(event) =>
            setStatus(ORDER_STATUSES.find((candidate) => candidate === event.target.value))
          }
        >
          <option value="all">{t('orders.all')}</option>
          {ORDER_STATUSES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`orders.status.${candidate}`)}
            </option>
          ))}
        </SelectField>
        {orders.isError || orders.data === undefined ? (
          <SettingsLoading failed={orders.isError} onRetry={() => void orders.refetch()} />
        ) : list.length === 0 ? (
          <p className="settings__note">{t('orders.empty')}</p>
        ) : (
          <ul className="orders-page__list" aria-label={t('orders.title')}>
            {list.map((order) => (
              <li key={order.id}>
                <OrderCard order={order} />
              </li>
            ))}
          </ul>
        )}
        {orders.hasNextPage && (
          <Button disabled={orders.isFetchingNextPage} onClick={() => void orders.fetchNextPage()}>
            {t('orders.more')}
          </Button>
        )}
      </div>
    </>
  );
}
