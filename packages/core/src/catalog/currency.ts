import { DomainError } from '../shared/errors.js';

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Refuses anything but an ISO 4217 code the platform's Intl knows, and returns it in upper case. */
export function checkCurrency(code: string): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper) || !KNOWN_CURRENCIES.has(upper)) {
    throw new DomainError('invalid_argument', `"${code}" is not an ISO 4217 currency code`);
  }
  return upper;
}

/** How many digits a currency's minor unit has (2 for EUR, 0 for JPY, 3 for BHD), for display. */
export function currencyDigits(code: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
    .maximumFractionDigits!;
}
