import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../../data/queries';
import { IconButton } from '../../../ui/Button';
import { CartButton } from '../../cart/CartButton';
import { CartView } from '../../cart/CartView';
import { catalogLink } from '../catalog-links';
import { useCopyLink } from '../use-copy-link';
import { CatalogBrowser } from './CatalogBrowser';
import { ProductDetail } from './ProductDetail';
import { useCatalogPanel } from './use-catalog-panel';
import '../catalog.css';

/**
 * A business's catalog beside the chat, as WhatsApp opens it from a business chat: the items by
 * collection, one item, or the cart. What shows is in the address (see catalog-panel.ts).
 */
export function CatalogPanel({ chatId }: { chatId: string }) {
  const { t } = useTranslation('catalog');
  const { state, show } = useCatalogPanel();
  const { data: business } = useAccount(state?.businessId);
  const copyLink = useCopyLink();
  if (state === undefined) return null;
  const { businessId } = state;
  const title =
    state.view === 'cart'
      ? t('cart.title')
      : t('customer.title', { name: business?.name || business?.phone || '' });
  return createPortal(
    <aside className="catalog-panel" aria-label={t('customer.panel')}>
      <header className="catalog-panel__header">
        {state.view === 'catalog' ? (
          <IconButton icon="close" label={t('customer.close')} onClick={() => show(undefined)} />
        ) : (
          <IconButton
            icon="back"
            label={t('customer.back')}
            onClick={() => show({ businessId, view: 'catalog' })}
          />
        )}
        <h2 className="catalog-panel__title" dir="auto">
          {title}
        </h2>
        {state.view === 'catalog' && business !== undefined && (
          <IconButton
            icon="link"
            label={t('link.copyCatalog')}
            onClick={() => void copyLink(catalogLink(window.location.origin, business.phone))}
          />
        )}
        {state.view !== 'cart' && (
          <CartButton businessId={businessId} onOpen={() => show({ businessId, view: 'cart' })} />
        )}
      </header>
      <div className="catalog-panel__body">
        {state.view === 'catalog' && (
          <CatalogBrowser
            businessId={businessId}
            onOpenProduct={(productId) => show({ businessId, view: 'product', productId })}
          />
        )}
        {state.view === 'product' && (
          <ProductDetail
            key={state.productId}
            chatId={chatId}
            businessId={businessId}
            businessPhone={business?.phone}
            productId={state.productId}
          />
        )}
        {state.view === 'cart' && <CartView businessId={businessId} />}
      </div>
    </aside>,
    document.body,
  );
}
