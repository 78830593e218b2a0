import type { ProductView } from '@parley/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../data/queries';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toasts';
import { lengthOf } from '../../settings/profile/profile-limits';
import { productLink } from '../catalog-links';
import { useDeleteProduct, useSaveProduct } from '../catalog-queries';
import { rememberCurrency } from '../default-currency';
import { currencyDigits } from '../money';
import { productBody, type ProductForm, type ProductFormErrors } from '../product-form';
import { useCopyLink } from '../use-copy-link';
import { CurrencySelect } from './CurrencySelect';
import { ProductImagesField } from './ProductImagesField';

/** The server's limit on an item's description. */
const DESCRIPTION_MAX = 5000;

/** The fields of one item; saving creates or updates it and returns to the list. */
export function ProductEditor({
  product,
  initial,
  onDone,
}: {
  product: ProductView | undefined;
  initial: ProductForm;
  onDone: () => void;
}) {
  const { t } = useTranslation('catalog');
  const toast = useToast();
  const { data: me } = useMe();
  const save = useSaveProduct();
  const remove = useDeleteProduct();
  const copyLink = useCopyLink();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<ProductFormErrors>({});
  const [deleting, setDeleting] = useState(false);
  const set = <K extends keyof ProductForm>(key: K, value: ProductForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const error = (field: keyof ProductFormErrors) =>
    errors[field] === undefined ? undefined : t(errors[field]);
  const decimals = currencyDigits(form.currency);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = productBody(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    save.mutate(
      { id: product?.id, body: result.body },
      {
        onSuccess: () => {
          rememberCurrency(form.currency);
          toast.show(t('editor.saved'));
          onDone();
        },
        onError: toast.showError,
      },
    );
  };

  return (
    <form className="product-editor" onSubmit={submit} noValidate>
      <fieldset className="product-editor__kind">
        <legend className="field__label">{t('editor.kind')}</legend>
        {(['product', 'service'] as const).map((kind) => (
          <label key={kind} className="settings__choice">
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={form.kind === kind}
              onChange={() => set('kind', kind)}
            />
            {t(`kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('editor.name')}
        value={form.name}
        maxLength={200}
        dir="auto"
        required
        error={error('name')}
        onChange={(event) => set('name', event.target.value)}
      />
      <ProductImagesField
        ids={form.imageMediaIds}
        onChange={(change) =>
          setForm((current) => ({ ...current, imageMediaIds: change(current.imageMediaIds) }))
        }
      />
      <div className="product-editor__prices">
        <TextField
          label={t('editor.price')}
          value={form.price}
          inputMode={decimals === 0 ? 'numeric' : 'decimal'}
          required
          error={error('price')}
          hint={t('editor.priceHint', { count: decimals })}
          onChange={(event) => set('price', event.target.value)}
        />
        <TextField
          label={t('editor.salePrice')}
          value={form.salePrice}
          inputMode={decimals === 0 ? 'numeric' : 'decimal'}
          error={error('salePrice')}
          hint={t('editor.salePriceHint')}
          onChange={(event) => set('salePrice', event.target.value)}
        />
      </div>
      <CurrencySelect value={form.currency} onChange={(currency) => set('currency', currency)} />
      <TextArea
        label={t('editor.description')}
        name="description"
        maxLength={DESCRIPTION_MAX}
        value={form.description}
        hint={t('business:charactersLeft', { count: DESCRIPTION_MAX - lengthOf(form.description) })}
        onChange={(event) => set('description', event.target.value)}
      />
      <TextField
        label={t('editor.link')}
        type="url"
        dir="ltr"
        value={form.link}
        maxLength={2000}
        error={error('link')}
        onChange={(event) => set('link', event.target.value)}
      />
      <TextField
        label={t('editor.sku')}
        dir="auto"
        value={form.sku}
        maxLength={100}
        onChange={(event) => set('sku', event.target.value)}
      />
      <SelectField
        label={t('editor.availability')}
        value={form.availability}
        onChange={(event) =>
          set('availability', event.target.value === 'out_of_stock' ? 'out_of_stock' : 'in_stock')
        }
      >
        <option value="in_stock">{t('availability.in_stock')}</option>
        <option value="out_of_stock">{t('availability.out_of_stock')}</option>
      </SelectField>
      <label className="settings__choice">
        <input
          type="checkbox"
          checked={form.hidden}
          onChange={(event) => set('hidden', event.target.checked)}
        />
        {t('editor.hidden')}
      </label>
      <div className="product-editor__actions">
        <Button variant="primary" type="submit" disabled={save.isPending}>
          {t('editor.save')}
        </Button>
        {product !== undefined && me !== undefined && (
          <Button onClick={() => void copyLink(productLink(window.location.origin, product.id, me.phone))}>
            {t('link.copyItem')}
          </Button>
        )}
        {product !== undefined && (
          <Button variant="danger" onClick={() => setDeleting(true)}>
            {t('editor.delete')}
          </Button>
        )}
      </div>
      {deleting && product !== undefined && (
        // Deleting an item also takes it out of every collection.
        <ConfirmDialog
          title={t('editor.deleteTitle', { name: product.name })}
          body={t('editor.deleteBody')}
          confirmLabel={t('editor.delete')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(product.id, { onSuccess: onDone, onError: toast.showError })}
          onClose={() => setDeleting(false)}
        />
      )}
    </form>
  );
}
