import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Spinner } from '../../../ui/Spinner';
import { SettingsHeader } from '../../settings/SettingsHeader';
import { useOwnCollections, useOwnProducts } from '../catalog-queries';
import { CollectionEditor } from './CollectionEditor';

const BACK = '/settings/business/catalog';

/** `collections/new` or `collections/:collectionId`: the collection editor, once the data is in. */
export function CollectionEditorPage() {
  const { t } = useTranslation('catalog');
  const { collectionId } = useParams();
  const navigate = useNavigate();
  const { data: products } = useOwnProducts();
  const { data: collections } = useOwnCollections();
  const collection = collections?.find((candidate) => candidate.id === collectionId);
  return (
    <>
      <SettingsHeader
        title={t(collectionId === undefined ? 'collection.newTitle' : 'collection.editTitle')}
        back={BACK}
      />
      <div className="settings__body">
        {products === undefined || collections === undefined ? (
          <div className="settings__center">
            <Spinner />
          </div>
        ) : collectionId !== undefined && collection === undefined ? (
          <p className="settings__note">{t('collection.notFound')}</p>
        ) : (
          <CollectionEditor
            key={collection?.id ?? 'new'}
            collection={collection}
            products={products}
            onDone={() => void navigate(BACK)}
          />
        )}
      </div>
    </>
  );
}
