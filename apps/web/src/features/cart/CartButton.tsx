import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { itemCount } from './cart';
import { useCart } from './use-cart';

/** The cart with its number of pieces; opens the cart view. */
export function CartButton({ businessId, onOpen }: { businessId: string; onOpen: () => void }) {
  const { t } = useTranslation('catalog');
  const [cart] = useCart(businessId);
  const count = itemCount(cart);
  const label = t('cart.open', { count });
  return (
    <button type="button" className="icon-btn cart-button" aria-label={label} title={label} onClick={onOpen}>
      <Icon name="cart" />
      {count > 0 && (
        <span className="cart-button__count" aria-hidden>
          {formatNumber(count)}
        </span>
      )}
    </button>
  );
}
