/**
 * The catalog's limits. The Business app caps a catalog at 500 items with 10 images each; the text
 * lengths follow what its product form accepts. Prices stop at 10^10 minor units so that the
 * largest order (ORDER_LIMITS) still totals an exact integer in a double.
 */
export const CATALOG_LIMITS = Object.freeze({
  productsPerBusiness: 500,
  imagesPerProduct: 10,
  name: 200,
  description: 5000,
  link: 2000,
  sku: 100,
  maxPrice: 10_000_000_000,
  collectionsPerBusiness: 50,
  collectionName: 60,
});

/** A cart holds up to 100 different items, each up to 999 times; a note is a short message. */
export const ORDER_LIMITS = Object.freeze({
  lines: 100,
  quantity: 999,
  note: 1000,
});
