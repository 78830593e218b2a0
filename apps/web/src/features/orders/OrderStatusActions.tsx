import type { OrderView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { useSetOrderStatus } from './order-queries';
import { nextStatuses } from './order-status';

/** The business's buttons for the steps an order may take next ("Mark as paid", "Cancel"...). */
export function OrderStatusActions({ order }: { order: OrderView }) {
  const { t } = useTranslation('catalog');
  const toast = useToast();
  const change = useSetOrderStatus();
  const steps = nextStatuses(order.status);
  if (steps.length === 0) return null;
  return (
    <div className="order-actions">
      {steps.map((status) => (
        <Button
          key={status}
          variant={status === 'cancelled' ? 'danger' : 'secondary'}
          disabled={change.isPending}
          onClick={() => change.mutate({ orderId: order.id, status }, { onError: toast.showError })}
        >
          {t(`orders.setStatus.${status}`)}
        </Button>
      ))}
    </div>
  );
}
