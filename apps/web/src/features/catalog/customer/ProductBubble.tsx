import { useTranslation } from 'react-i18next';
import { useAccount } from '../../../data/queries';
import { Button } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import { useProduct } from '../catalog-queries';
import { PriceTag } from '../PriceTag';
import { ProductImage } from '../ProductImage';
import { useCatalogPanel } from './use-catalog-panel';
import '../catalog.css';

interface ProductContent {
  readonly businessId: string;
  readonly productId?: string;
}

/**
 * A `product` message: the item's picture, name and price, opening it in the catalog; without an
 * item, the business's whole catalog.
 */
export function ProductBubble({ content }: { content: ProductContent }) {
  const { t } = useTranslation('catalog');
  const { show } = useCatalogPanel();
  const { data: business } = useAccount(content.businessId);
  const { data: product, isError } = useProduct(content.businessId, content.productId);
  const businessName = business?.name || business?.phone || '';
  if (content.productId === undefined) {
    return (
      <div className="product-bubble product-bubble--catalog">
        <Icon name="store" />
        <span dir="auto">{businessName}</span>
        <Button onClick={() => show({ businessId: content.businessId, view: 'catalog' })}>
          {t('customer.viewCatalog')}
        </Button>
      </div>
    );
  }
  const productId = content.productId;
  if (isError) return <p className="product-bubble product-bubble--gone">{t('customer.itemGone')}</p>;
  return (
    <button
      type="button"
      className="product-bubble"
      onClick={() => show({ businessId: content.businessId, view: 'product', productId })}
    >
      <ProductImage mediaId={product?.imageMediaIds[0]} alt="" className="product-bubble__image" />
      <span className="product-bubble__text">
        <span className="product-bubble__name" dir="auto">
          {product?.name}
        </span>
        {product !== undefined && <PriceTag product={product} />}
        <span className="muted" dir="auto">
          {businessName}
        </span>
      </span>
    </button>
  );
}
