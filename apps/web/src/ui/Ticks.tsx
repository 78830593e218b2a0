import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

export type DeliveryStatus = 'pending' | 'sent' | 'delivered' | 'read';

/** ✓ sent, ✓✓ delivered, blue ✓✓ read; a clock while the server has not stored it yet. */
export function Ticks({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation();
  const icon = status === 'pending' ? 'clock' : status === 'sent' ? 'check' : 'doubleCheck';
  return (
    <span
      className={status === 'read' ? 'ticks ticks--read' : 'ticks'}
      role="img"
      aria-label={t(`status.${status}`)}
      data-status={status}
    >
      <Icon name={icon} size={16} />
    </span>
  );
}
