import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/setup';
import { Button, IconButton } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Spinner } from '../../ui/Spinner';
import { useToast } from '../../ui/Toasts';
import { useCatalog } from '../catalog/catalog-queries';
import { formatMoney } from '../catalog/money';
import { ProductImage } from '../catalog/ProductImage';
import {
  EMPTY_CART,
  cartTotal,
  mixedCurrencies,
  pricedLines,
  removeFromCart,
  setQuantity,
  unitPrice,
} from './cart';
import { useCart } from './use-cart';
import { useSendOrder } from './use-send-order';
import './cart.css';

/** The cart at a business: quantities, removal, the total, a note, and "Send order". */
export function CartView({ businessId }: { businessId: string }) {
  const { t } = useTranslation('catalog');
  const toast = useToast();
  const { data: catalog } = useCatalog(businessId);
  const [cart, updateCart] = useCart(businessId);
  const sendOrder = useSendOrder(businessId);
  const [sending, setSending] = useState(false);
  if (catalog === undefined) {
    return (
      <div className="catalog-panel__center">
        <Spinner />
      </div>
    );
  }
  const lines = pricedLines(cart, catalog.products);
  if (lines.length === 0) return <EmptyState icon="cart" title={t('cart.empty')} />;
  const { total, currency = '' } = cartTotal(lines);
  const digits = lines[0]?.product.currencyDigits ?? 2;
  const money = (minor: number, line = lines[0]) =>
    formatMoney(
      minor,
      line?.product.currency ?? currency,
      line?.product.currencyDigits ?? digits,
      currentLanguage(),
    );
  const mixed = mixedCurrencies(lines);

  const send = async () => {
    setSending(true);
    try {
      await sendOrder(lines, cart.note);
      updateCart(() => EMPTY_CART);
    } catch (error) {
      toast.showError(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="cart-view">
      <ul className="cart-view__lines" aria-label={t('cart.items')}>
        {lines.map((line) => (
          <li key={line.product.id} className="cart-line" data-product-id={line.product.id}>
            <ProductImage mediaId={line.product.imageMediaIds[0]} alt="" className="cart-line__image" />
            <span className="cart-line__text">
              <span dir="auto">{line.product.name}</span>
              <span className="muted">{money(unitPrice(line.product), line)}</span>
            </span>
            <input
              type="number"
              className="field__input cart-line__quantity"
              min={1}
              max={999}
              value={line.quantity}
              aria-label={t('cart.quantityOf', { name: line.product.name })}
              onChange={(event) =>
                updateCart((current) =>
                  setQuantity(current, line.product.id, Number(event.target.value) || 1),
                )
              }
            />
            <IconButton
              icon="trash"
              label={t('cart.remove', { name: line.product.name })}
              onClick={() => updateCart((current) => removeFromCart(current, line.product.id))}
            />
          </li>
        ))}
      </ul>
      {mixed ? (
        <p className="field__error" role="alert">
          {t('cart.mixedCurrencies')}
        </p>
      ) : (
        <p className="cart-view__total">
          <span>{t('cart.total')}</span>
          <strong data-testid="cart-total">{money(total)}</strong>
        </p>
      )}
      <label className="field">
        <span className="field__label">{t('cart.note')}</span>
        <textarea
          className="field__input"
          rows={2}
          dir="auto"
          maxLength={1000}
          value={cart.note}
          onChange={(event) => updateCart((current) => ({ ...current, note: event.target.value }))}
        />
      </label>
      <Button variant="primary" disabled={sending || mixed} onClick={() => void send()}>
        {t('cart.send')}
      </Button>
    </div>
  );
}
