import { currentLanguage } from '../../i18n/setup';
import { currencyDigits, formatMoney } from '../catalog/money';

/** An order amount in the reader's language; the message content has no digits, Intl knows them. */
export function orderMoney(minor: number, currency: string, digits = currencyDigits(currency)): string {
  return formatMoney(minor, currency, digits, currentLanguage());
}
