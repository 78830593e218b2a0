import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../../data/queries';
import { Button } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import { SettingsHeader } from '../../settings/SettingsHeader';
import { SettingsLoading } from '../../settings/SettingsLoading';
import { catalogLink } from '../catalog-links';
import { useOwnCollections, useOwnProducts } from '../catalog-queries';
import { useCopyLink } from '../use-copy-link';
import { OwnProductRow } from './OwnProductRow';

const BASE = '/settings/business/catalog';

/** The owner's catalog: every item (hidden ones marked) and the collections that group them. */
export function CatalogHome() {
  const { t } = useTranslation('catalog');
  const { data: me } = useMe();
  const products = useOwnProducts();
  const collections = useOwnCollections();
  const copyLink = useCopyLink();
  const failed = products.isError || collections.isError;
  return (
    <>
      <SettingsHeader title={t('owner.title')} back="/settings/business" />
      <div className="settings__body catalog-home">
        {failed || products.data === undefined || collections.data === undefined ? (
          <SettingsLoading
            failed={failed}
            onRetry={() => void Promise.all([products.refetch(), collections.refetch()])}
          />
        ) : (
          <>
            <div className="catalog-home__actions">
              <Link className="btn btn--primary" to={`${BASE}/items/new`}>
                {t('owner.addItem')}
              </Link>
              {me !== undefined && (
                <Button onClick={() => void copyLink(catalogLink(window.location.origin, me.phone))}>
                  {t('link.copyCatalog')}
                </Button>
              )}
            </div>
            <h3 className="settings__section-title">{t('owner.items', { number: products.data.length })}</h3>
            {products.data.length === 0 ? (
              <p className="settings__note">{t('owner.noItems')}</p>
            ) : (
              <ul className="settings__list" aria-label={t('owner.itemsLabel')}>
                {products.data.map((product) => (
                  <OwnProductRow key={product.id} product={product} to={`${BASE}/items/${product.id}`} />
                ))}
              </ul>
            )}
            <h3 className="settings__section-title">{t('owner.collections')}</h3>
            <ul className="settings__list" aria-label={t('owner.collections')}>
              {collections.data.map((collection) => (
                <li key={collection.id}>
                  <Link className="settings__item" to={`${BASE}/collections/${collection.id}`}>
                    <Icon name="archive" />
                    <span className="settings__item-label" dir="auto">
                      {collection.name}
                      <span className="settings__item-hint">
                        {t('owner.collectionHint', { count: collection.productIds.length })}
                        {collection.hidden && ` · ${t('owner.hidden')}`}
                      </span>
                    </span>
                  </Link>
                </li>
              ))}
              <li>
                <Link className="settings__item" to={`${BASE}/collections/new`}>
                  <Icon name="plus" />
                  <span className="settings__item-label">{t('owner.newCollection')}</span>
                </Link>
              </li>
            </ul>
          </>
        )}
      </div>
    </>
  );
}
