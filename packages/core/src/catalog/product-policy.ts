import { DomainError } from '../shared/errors.js';
import { CATALOG_LIMITS } from './catalog-limits.js';
import { checkCurrency } from './currency.js';
import type { ProductFields } from './product.js';

const lengthOf = (text: string) => [...text].length;
const invalid = (message: string, field: string): never => {
  throw new DomainError('invalid_argument', message, { field });
};

function checkPrice(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > CATALOG_LIMITS.maxPrice) {
    invalid(`A price is a whole number of minor units from 0 to ${CATALOG_LIMITS.maxPrice}`, field);
  }
  return value;
}

function checkLink(link: string): string {
  const trimmed = link.trim();
  if (lengthOf(trimmed) > CATALOG_LIMITS.link) {
    invalid(`A link has at most ${CATALOG_LIMITS.link} characters`, 'link');
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(trimmed);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    invalid('A link is a web address starting with http:// or https://', 'link');
  }
  return trimmed;
}

/**
 * Checks a whole product as it will be stored (after a change is applied) and returns it trimmed.
 * Whether its images exist and its SKU is free needs storage: the service checks those.
 */
export function checkProduct(fields: ProductFields): ProductFields {
  const name = fields.name.trim().replace(/\s+/gu, ' ');
  if (name === '' || lengthOf(name) > CATALOG_LIMITS.name) {
    invalid(`A name has 1 to ${CATALOG_LIMITS.name} characters`, 'name');
  }
  const description = fields.description.trim();
  if (lengthOf(description) > CATALOG_LIMITS.description) {
    invalid(`A description has at most ${CATALOG_LIMITS.description} characters`, 'description');
  }
  if (fields.imageMediaIds.length > CATALOG_LIMITS.imagesPerProduct) {
    invalid(`A product has at most ${CATALOG_LIMITS.imagesPerProduct} images`, 'imageMediaIds');
  }
  if (new Set(fields.imageMediaIds).size !== fields.imageMediaIds.length) {
    invalid('An image appears twice', 'imageMediaIds');
  }
  const price = checkPrice(fields.price, 'price');
  const salePrice = fields.salePrice === null ? null : checkPrice(fields.salePrice, 'salePrice');
  if (salePrice !== null && salePrice >= price) {
    invalid('A sale price is below the price', 'salePrice');
  }
  let sku = fields.sku === null ? null : fields.sku.trim();
  if (sku === '') sku = null;
  if (sku !== null && lengthOf(sku) > CATALOG_LIMITS.sku) {
    invalid(`A SKU has at most ${CATALOG_LIMITS.sku} characters`, 'sku');
  }
  const link = fields.link === null || fields.link.trim() === '' ? null : checkLink(fields.link);
  return {
    ...fields,
    name,
    description,
    imageMediaIds: [...fields.imageMediaIds],
    price,
    salePrice,
    currency: checkCurrency(fields.currency),
    link,
    sku,
  };
}
