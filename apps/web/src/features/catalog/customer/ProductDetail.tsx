import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Spinner } from '../../../ui/Spinner';
import { useToast } from '../../../ui/Toasts';
import { addToCart, MAX_QUANTITY } from '../../cart/cart';
import { useCart } from '../../cart/use-cart';
import { useTimelines } from '../../chat/store/use-chat-timeline';
import { productLink } from '../catalog-links';
import { useProduct } from '../catalog-queries';
import { PriceTag } from '../PriceTag';
import { useCopyLink } from '../use-copy-link';
import { ProductGallery } from './ProductGallery';

/** One item: its pictures, price and details, a quantity for the cart, and ways to share it. */
export function ProductDetail({
  chatId,
  businessId,
  businessPhone,
  productId,
}: {
  chatId: string;
  businessId: string;
  businessPhone: string | undefined;
  productId: string;
}) {
  const { t } = useTranslation('catalog');
  const toast = useToast();
  const timelines = useTimelines();
  const copyLink = useCopyLink();
  const { data: product, isError } = useProduct(businessId, productId);
  const [, updateCart] = useCart(businessId);
  const [quantity, setQuantity] = useState(1);
  if (isError) return <p className="catalog-panel__center">{t('customer.itemGone')}</p>;
  if (product === undefined) {
    return (
      <div className="catalog-panel__center">
        <Spinner />
      </div>
    );
  }
  const inStock = product.availability === 'in_stock';
  return (
    <article className="product-detail" aria-label={product.name}>
      <ProductGallery mediaIds={product.imageMediaIds} name={product.name} />
      <h3 className="product-detail__name" dir="auto">
        {product.name}
      </h3>
      <PriceTag product={product} />
      {!inStock && <p className="catalog-mark catalog-mark--warn">{t('availability.out_of_stock')}</p>}
      {product.description !== '' && (
        <p className="product-detail__description" dir="auto">
          {product.description}
        </p>
      )}
      {product.link !== null && (
        <a
          className="product-detail__link"
          href={product.link}
          target="_blank"
          rel="noopener noreferrer"
          dir="ltr"
        >
          {product.link}
        </a>
      )}
      {product.sku !== null && <p className="muted">{t('customer.sku', { sku: product.sku })}</p>}
      <div className="product-detail__buy">
        <label className="product-detail__quantity">
          {t('cart.quantity')}
          <input
            type="number"
            className="field__input"
            min={1}
            max={MAX_QUANTITY}
            value={quantity}
            onChange={(event) =>
              setQuantity(Math.min(MAX_QUANTITY, Math.max(1, Number(event.target.value) || 1)))
            }
          />
        </label>
        <Button
          variant="primary"
          disabled={!inStock}
          onClick={() => {
            updateCart((cart) => addToCart(cart, product.id, quantity));
            toast.show(t('cart.added', { name: product.name }));
          }}
        >
          {t('cart.add')}
        </Button>
      </div>
      <div className="product-detail__share">
        <Button
          onClick={() =>
            void timelines
              .send(chatId, { type: 'product', content: { businessId, productId: product.id } })
              .then(() => toast.show(t('customer.shared')), toast.showError)
          }
        >
          {t('customer.share')}
        </Button>
        {businessPhone !== undefined && (
          <Button
            onClick={() => void copyLink(productLink(window.location.origin, product.id, businessPhone))}
          >
            {t('link.copyItem')}
          </Button>
        )}
      </div>
    </article>
  );
}
