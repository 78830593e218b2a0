import type { ProductView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PriceTag } from '../PriceTag';
import { ProductImage } from '../ProductImage';

/** One item in the owner's list: picture, name, price, and whether customers can see and buy it. */
export function OwnProductRow({ product, to }: { product: ProductView; to: string }) {
  const { t } = useTranslation('catalog');
  return (
    <li data-product-id={product.id}>
      <Link
        className="settings__item own-product-row"
        to={to}
        aria-label={t('owner.editItem', { name: product.name })}
      >
        <ProductImage mediaId={product.imageMediaIds[0]} alt="" className="own-product-row__image" />
        <span className="settings__item-label">
          <span dir="auto">{product.name}</span>
          <span className="settings__item-hint">
            <PriceTag product={product} />
          </span>
        </span>
        <span className="own-product-row__marks">
          {product.hidden && <span className="catalog-mark">{t('owner.hidden')}</span>}
          {product.availability === 'out_of_stock' && (
            <span className="catalog-mark catalog-mark--warn">{t('availability.out_of_stock')}</span>
          )}
        </span>
      </Link>
    </li>
  );
}
