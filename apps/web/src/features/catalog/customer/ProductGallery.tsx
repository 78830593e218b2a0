import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProductImage } from '../ProductImage';

/** An item's pictures: the chosen one large, the others as thumbnails to choose from. */
export function ProductGallery({ mediaIds, name }: { mediaIds: readonly string[]; name: string }) {
  const { t } = useTranslation('catalog');
  const [shown, setShown] = useState(0);
  return (
    <div className="product-gallery">
      <ProductImage mediaId={mediaIds[shown]} alt={name} full className="product-gallery__main" />
      {mediaIds.length > 1 && (
        <div className="product-gallery__thumbs">
          {mediaIds.map((id, index) => (
            <button
              key={id}
              type="button"
              className="product-gallery__thumb"
              aria-pressed={index === shown}
              aria-label={t('customer.picture', { number: index + 1, total: mediaIds.length })}
              onClick={() => setShown(index)}
            >
              <ProductImage mediaId={id} alt="" />
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
