import type { CollectionView, ProductView } from '@parley/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, IconButton } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toasts';
import { useDeleteCollection, useSaveCollection } from '../catalog-queries';
import { moveOnePlace } from '../product-form';
import { PriceTag } from '../PriceTag';
import { ProductImage } from '../ProductImage';

/** A collection's name, visibility and items in display order; items are picked from the catalog. */
export function CollectionEditor({
  collection,
  products,
  onDone,
}: {
  collection: CollectionView | undefined;
  products: readonly ProductView[];
  onDone: () => void;
}) {
  const { t } = useTranslation('catalog');
  const toast = useToast();
  const save = useSaveCollection();
  const remove = useDeleteCollection();
  const [name, setName] = useState(collection?.name ?? '');
  const [hidden, setHidden] = useState(collection?.hidden ?? false);
  const [ids, setIds] = useState<readonly string[]>(collection?.productIds ?? []);
  const [nameError, setNameError] = useState<string | undefined>();
  const [deleting, setDeleting] = useState(false);
  const byId = new Map(products.map((product) => [product.id, product]));
  const chosen = ids.flatMap((id) => byId.get(id) ?? []);
  const others = products.filter((product) => !ids.includes(product.id));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError(t('collection.nameRequired'));
      return;
    }
    save.mutate(
      { id: collection?.id, fields: { name: name.trim(), productIds: ids, hidden } },
      {
        onSuccess: () => {
          toast.show(t('collection.saved'));
          onDone();
        },
        onError: toast.showError,
      },
    );
  };

  return (
    <form className="collection-editor" onSubmit={submit} noValidate>
      <TextField
        label={t('collection.name')}
        value={name}
        maxLength={60}
        dir="auto"
        required
        error={nameError}
        onChange={(event) => setName(event.target.value)}
      />
      <label className="settings__choice">
        <input type="checkbox" checked={hidden} onChange={(event) => setHidden(event.target.checked)} />
        {t('collection.hidden')}
      </label>
      <h3 className="settings__section-title">{t('collection.items')}</h3>
      <ol className="settings__list" aria-label={t('collection.itemsLabel')}>
        {chosen.map((product, index) => (
          <li key={product.id} className="settings__row collection-editor__row">
            <ProductImage mediaId={product.imageMediaIds[0]} alt="" className="own-product-row__image" />
            <span className="settings__item-label" dir="auto">
              {product.name}
              <span className="settings__item-hint">
                <PriceTag product={product} />
              </span>
            </span>
            <IconButton
              icon="arrowUp"
              className="collection-editor__up"
              label={t('collection.moveUp', { name: product.name })}
              disabled={index === 0}
              onClick={() =>
                setIds(
                  moveOnePlace(
                    chosen.map((item) => item.id),
                    index,
                    -1,
                  ),
                )
              }
            />
            <IconButton
              icon="close"
              label={t('collection.remove', { name: product.name })}
              onClick={() => setIds(ids.filter((id) => id !== product.id))}
            />
          </li>
        ))}
      </ol>
      {others.length > 0 && (
        <>
          <h3 className="settings__section-title">{t('collection.addItems')}</h3>
          <ul className="settings__list" aria-label={t('collection.addItems')}>
            {others.map((product) => (
              <li key={product.id} className="settings__row collection-editor__row">
                <ProductImage mediaId={product.imageMediaIds[0]} alt="" className="own-product-row__image" />
                <span className="settings__item-label" dir="auto">
                  {product.name}
                </span>
                <IconButton
                  icon="plus"
                  label={t('collection.add', { name: product.name })}
                  onClick={() => setIds([...ids, product.id])}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="product-editor__actions">
        <Button variant="primary" type="submit" disabled={save.isPending}>
          {t('collection.save')}
        </Button>
        {collection !== undefined && (
          <Button variant="danger" onClick={() => setDeleting(true)}>
            {t('collection.delete')}
          </Button>
        )}
      </div>
      {deleting && collection !== undefined && (
        <ConfirmDialog
          title={t('collection.deleteTitle', { name: collection.name })}
          body={t('collection.deleteBody')}
          confirmLabel={t('collection.delete')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(collection.id, { onSuccess: onDone, onError: toast.showError })}
          onClose={() => setDeleting(false)}
        />
      )}
    </form>
  );
}
