import { useCallback, useSyncExternalStore } from 'react';
import { useParley } from '../../data/parley-context';
import { EMPTY_CART, parseCart, type Cart } from './cart';

/** One cart per signed-in account and business, so held accounts never share one. */
const cartKey = (accountId: string, businessId: string) => `parley.cart.${accountId}.${businessId}`;

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the same browser changes the cart too.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The last parse of each key, so a snapshot stays the same object while its text does. */
const parsed = new Map<string, { text: string; cart: Cart }>();

function read(key: string): Cart {
  const text = localStorage.getItem(key);
  if (text === null) return EMPTY_CART;
  const cached = parsed.get(key);
  if (cached?.text === text) return cached.cart;
  const cart = parseCart(text);
  parsed.set(key, { text, cart });
  return cart;
}

/** The cart at a business, kept in localStorage, and a way to change it. */
export function useCart(businessId: string): [Cart, (change: (cart: Cart) => Cart) => void] {
  const { session } = useParley();
  const key = cartKey(session.accountId, businessId);
  const cart = useSyncExternalStore(subscribe, () => read(key));
  const update = useCallback(
    (change: (cart: Cart) => Cart) => {
      const next = change(read(key));
      if (next.lines.length === 0 && next.note === '') localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(next));
      notify();
    },
    [key],
  );
  return [cart, update];
}
