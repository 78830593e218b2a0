import type { ProductView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/setup';
import { formatMoney } from './money';

/** An item's price; on sale, the sale price first and the usual one struck through. */
export function PriceTag({ product }: { product: ProductView }) {
  const { t } = useTranslation('catalog');
  const money = (minor: number) =>
    formatMoney(minor, product.currency, product.currencyDigits, currentLanguage());
  if (product.salePrice === null) return <span className="price-tag">{money(product.price)}</span>;
  return (
    <span className="price-tag">
      <span className="price-tag__sale">{money(product.salePrice)}</span>{' '}
      <s className="price-tag__was" aria-label={t('price.was', { price: money(product.price) })}>
        {money(product.price)}
      </s>
    </span>
  );
}
