import { useTranslation } from 'react-i18next';
import { useProduct } from '../catalog-queries';

/** The chat list's line for a shared item: its name, or "Catalog" for a whole catalog. */
export function ProductPreview({ content }: { content: unknown }) {
  const { t } = useTranslation('catalog');
  const { businessId = '', productId } = content as { businessId?: string; productId?: string };
  const { data: product } = useProduct(businessId, productId);
  if (productId === undefined) return <>{`🛍️ ${t('preview.catalog')}`}</>;
  return <>{`🛍️ ${product?.name ?? t('preview.product')}`}</>;
}
