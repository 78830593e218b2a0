/**
 * The currency a new item starts with: the one last used in this browser, else the one of the
 * browser's region. Intl knows currencies but not which region uses which, hence the short table
 * of the regions Parley's languages are spoken in and the euro area.
 */
const LAST_CURRENCY_KEY = 'parley.catalog.currency';

const EURO_REGIONS = 'AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' ');
const REGION_CURRENCY: Readonly<Record<string, string>> = {
  ...Object.fromEntries(EURO_REGIONS.map((region) => [region, 'EUR'])),
  US: 'USD',
  GB: 'GBP',
  CA: 'CAD',
  AU: 'AUD',
  IN: 'INR',
  JP: 'JPY',
  CN: 'CNY',
  TW: 'TWD',
  HK: 'HKD',
  SG: 'SGD',
  RU: 'RUB',
  BY: 'BYN',
  KZ: 'KZT',
  UA: 'UAH',
  SA: 'SAR',
  AE: 'AED',
  EG: 'EGP',
  MA: 'MAD',
  QA: 'QAR',
  KW: 'KWD',
  JO: 'JOD',
  BR: 'BRL',
  MX: 'MXN',
  CH: 'CHF',
};

export function regionCurrency(locale: string): string | undefined {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region === undefined ? undefined : REGION_CURRENCY[region];
  } catch {
    return undefined;
  }
}

export function defaultCurrency(): string {
  return localStorage.getItem(LAST_CURRENCY_KEY) ?? regionCurrency(navigator.language) ?? 'USD';
}

export function rememberCurrency(currency: string): void {
  localStorage.setItem(LAST_CURRENCY_KEY, currency);
}

/** Every currency the browser can format, for the currency select. */
export function knownCurrencies(): readonly string[] {
  return Intl.supportedValuesOf('currency');
}
