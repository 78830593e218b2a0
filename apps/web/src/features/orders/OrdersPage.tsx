import type { OrderStatus } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { SelectField } from '../catalog/owner/SelectField';
import { SettingsHeader } from '../settings/SettingsHeader';
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
          onChange={(value) => setStatus(ORDER_STATUSES.find((candidate) => candidate === value))}
        >
          <option value="all">{t('orders.all')}</option>
          {ORDER_STATUSES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`orders.status.${candidate}`)}
            </option>
          ))}
        </SelectField>
        {orders.isError ? (
          <div className="settings__center">
            <Button onClick={() => void orders.refetch()}>{t('common:retry')}</Button>
          </div>
        ) : orders.data === undefined ? (
          <div className="settings__center">
            <Spinner />
          </div>
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
