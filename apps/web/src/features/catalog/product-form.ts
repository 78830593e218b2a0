import type { CreateProductBody, ProductView } from '@parley/contracts';
import { currencyDigits, minorUnitsText, parseMinorUnits } from './money';

/** The item editor's fields as typed. */
export interface ProductForm {
  readonly kind: 'product' | 'service';
  readonly name: string;
  readonly imageMediaIds: readonly string[];
  readonly price: string;
  readonly salePrice: string;
  readonly currency: string;
  readonly description: string;
  readonly link: string;
  readonly sku: string;
  readonly availability: 'in_stock' | 'out_of_stock';
  readonly hidden: boolean;
}

export const MAX_IMAGES = 10;

export function productForm(product: ProductView | undefined, currency: string): ProductForm {
  if (product === undefined) {
    return {
      kind: 'product',
      name: '',
      imageMediaIds: [],
      price: '',
      salePrice: '',
      currency,
      description: '',
      link: '',
      sku: '',
      availability: 'in_stock',
      hidden: false,
    };
  }
  const digits = product.currencyDigits;
  return {
    kind: product.kind,
    name: product.name,
    imageMediaIds: product.imageMediaIds,
    price: minorUnitsText(product.price, digits),
    salePrice: product.salePrice === null ? '' : minorUnitsText(product.salePrice, digits),
    currency: product.currency,
    description: product.description,
    link: product.link ?? '',
    sku: product.sku ?? '',
    availability: product.availability,
    hidden: product.hidden,
  };
}

/** A field's problem, as a translation key of the `catalog` namespace. */
export type ProductFormErrors = Partial<Record<'name' | 'price' | 'salePrice' | 'link', string>>;

/**
 * The body to save, or what is wrong: prices must fit the currency's decimals, a sale price must
 * be below the price, a link must be http(s). Empty optional fields clear them.
 */
export function productBody(
  form: ProductForm,
): { ok: true; body: CreateProductBody } | { ok: false; errors: ProductFormErrors } {
  const errors: ProductFormErrors = {};
  const digits = currencyDigits(form.currency);
  const name = form.name.trim();
  if (name === '') errors.name = 'editor.errors.nameRequired';
  const price = parseMinorUnits(form.price, digits);
  if (price === null) errors.price = 'editor.errors.price';
  const salePrice = form.salePrice.trim() === '' ? null : parseMinorUnits(form.salePrice, digits);
  if (salePrice === null && form.salePrice.trim() !== '') errors.salePrice = 'editor.errors.price';
  else if (salePrice !== null && price !== null && salePrice >= price)
    errors.salePrice = 'editor.errors.saleBelow';
  const link = form.link.trim();
  if (link !== '' && !/^https?:\/\/\S+$/i.test(link)) errors.link = 'editor.errors.link';
  if (Object.keys(errors).length > 0 || price === null) return { ok: false, errors };
  return {
    ok: true,
    body: {
      kind: form.kind,
      name,
      imageMediaIds: [...form.imageMediaIds],
      price,
      salePrice,
      currency: form.currency,
      description: form.description.trim(),
      link: link === '' ? null : link,
      sku: form.sku.trim() === '' ? null : form.sku.trim(),
      availability: form.availability,
      hidden: form.hidden,
    },
  };
}

/** Moves one image a place towards the start (-1) or the end (+1); the first is the cover. */
export function moveOnePlace(ids: readonly string[], index: number, step: -1 | 1): string[] {
  const target = index + step;
  const next = [...ids];
  if (target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}
