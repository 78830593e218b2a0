import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';

/** The chat list's line for an order: "🛒 Order · 3 items". */
export function OrderPreview({ content }: { content: unknown }) {
  const { t } = useTranslation('catalog');
  const items = (content as { items?: readonly { quantity?: number }[] }).items ?? [];
  const count = items.reduce((sum, item) => sum + (item.quantity ?? 0), 0);
  return <>{`🛒 ${t('preview.order', { count, formatted: formatNumber(count) })}`}</>;
}
