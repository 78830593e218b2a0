import type { ProductView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Spinner } from '../../../ui/Spinner';
import { useCatalog } from '../catalog-queries';
import { ProductCard } from './ProductCard';

/** The catalog as customers browse it: each collection a section, then every item. */
export function CatalogBrowser({
  businessId,
  onOpenProduct,
}: {
  businessId: string;
  onOpenProduct: (productId: string) => void;
}) {
  const { t } = useTranslation('catalog');
  const { data: catalog, isError, refetch } = useCatalog(businessId);
  if (isError) {
    return (
      <div className="catalog-panel__center">
        <Button onClick={() => void refetch()}>{t('common:retry')}</Button>
      </div>
    );
  }
  if (catalog === undefined) {
    return (
      <div className="catalog-panel__center">
        <Spinner />
      </div>
    );
  }
  if (catalog.products.length === 0) return <EmptyState icon="store" title={t('customer.empty')} />;
  const byId = new Map(catalog.products.map((product) => [product.id, product]));
  const sections = [
    ...catalog.collections.map((collection) => ({
      id: collection.id,
      name: collection.name,
      products: collection.productIds.flatMap((id) => byId.get(id) ?? []),
    })),
    { id: 'all', name: t('customer.allItems'), products: catalog.products },
  ].filter((section) => section.products.length > 0);
  return (
    <>
      {sections.map((section) => (
        <CatalogSection
          key={section.id}
          name={section.name}
          products={section.products}
          onOpen={onOpenProduct}
        />
      ))}
    </>
  );
}

function CatalogSection({
  name,
  products,
  onOpen,
}: {
  name: string;
  products: readonly ProductView[];
  onOpen: (productId: string) => void;
}) {
  return (
    <section className="catalog-section" aria-label={name}>
      <h3 className="catalog-section__title" dir="auto">
        {name}
      </h3>
      <ul className="catalog-section__grid">
        {products.map((product) => (
          <li key={product.id}>
            <ProductCard product={product} onOpen={() => onOpen(product.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
