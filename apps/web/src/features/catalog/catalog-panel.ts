/**
 * Which catalog panel is open over a chat lives in the address (`?catalog=<businessId>`, with
 * `&product=<id>` for an item or `&view=cart`), so share links, bubbles and the back button can
 * all open it.
 */
export type CatalogPanelState =
  | { readonly businessId: string; readonly view: 'catalog' }
  | { readonly businessId: string; readonly view: 'product'; readonly productId: string }
  | { readonly businessId: string; readonly view: 'cart' };

export function readCatalogPanel(search: URLSearchParams): CatalogPanelState | undefined {
  const businessId = search.get('catalog');
  if (businessId === null || businessId === '') return undefined;
  const productId = search.get('product');
  if (productId !== null && productId !== '') return { businessId, view: 'product', productId };
  if (search.get('view') === 'cart') return { businessId, view: 'cart' };
  return { businessId, view: 'catalog' };
}

/** The query string that opens a panel; undefined closes it. */
export function catalogPanelSearch(state: CatalogPanelState | undefined): string {
  if (state === undefined) return '';
  const search = new URLSearchParams({ catalog: state.businessId });
  if (state.view === 'product') search.set('product', state.productId);
  if (state.view === 'cart') search.set('view', 'cart');
  return `?${search.toString()}`;
}
