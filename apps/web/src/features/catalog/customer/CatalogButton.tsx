import { useTranslation } from 'react-i18next';
import { IconButton } from '../../../ui/Button';
import { useCatalogPanel } from './use-catalog-panel';

/** The chat header's shop button, shown in a chat with a business: opens its catalog beside the chat. */
export function CatalogButton({ businessId }: { businessId: string }) {
  const { t } = useTranslation('catalog');
  const { state, show } = useCatalogPanel();
  const open = state?.businessId === businessId;
  return (
    <IconButton
      icon="store"
      label={t('customer.open')}
      aria-pressed={open}
      onClick={() => show(open ? undefined : { businessId, view: 'catalog' })}
    />
  );
}
