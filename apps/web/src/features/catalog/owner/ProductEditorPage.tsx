import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Spinner } from '../../../ui/Spinner';
import { SettingsHeader } from '../../settings/SettingsHeader';
import { useOwnProducts } from '../catalog-queries';
import { defaultCurrency } from '../default-currency';
import { productForm } from '../product-form';
import { ProductEditor } from './ProductEditor';

const BACK = '/settings/business/catalog';

/** `items/new` or `items/:productId`: the item editor, once the item is known. */
export function ProductEditorPage() {
  const { t } = useTranslation('catalog');
  const { productId } = useParams();
  const navigate = useNavigate();
  const { data: products } = useOwnProducts();
  const [fallbackCurrency] = useState(defaultCurrency);
  const product = products?.find((candidate) => candidate.id === productId);
  const title = t(productId === undefined ? 'editor.newTitle' : 'editor.editTitle');
  return (
    <>
      <SettingsHeader title={title} back={BACK} />
      <div className="settings__body">
        {productId !== undefined && products === undefined ? (
          <div className="settings__center">
            <Spinner />
          </div>
        ) : productId !== undefined && product === undefined ? (
          <p className="settings__note">{t('editor.notFound')}</p>
        ) : (
          <ProductEditor
            key={product?.id ?? 'new'}
            product={product}
            initial={productForm(product, fallbackCurrency)}
            onDone={() => void navigate(BACK)}
          />
        )}
      </div>
    </>
  );
}
