import type { ProductView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { PriceTag } from '../PriceTag';
import { ProductImage } from '../ProductImage';

/** An item in the customer's catalog: cover picture, name and price; opens its page. */
export function ProductCard({ product, onOpen }: { product: ProductView; onOpen: () => void }) {
  const { t } = useTranslation('catalog');
  return (
    <button type="button" className="product-card" data-product-id={product.id} onClick={onOpen}>
      <ProductImage mediaId={product.imageMediaIds[0]} alt="" className="product-card__image" />
      <span className="product-card__name" dir="auto">
        {product.name}
      </span>
      <PriceTag product={product} />
      {product.availability === 'out_of_stock' && (
        <span className="catalog-mark catalog-mark--warn">{t('availability.out_of_stock')}</span>
      )}
    </button>
  );
}
