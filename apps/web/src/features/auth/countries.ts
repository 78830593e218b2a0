import { getCountries, getCountryCallingCode, type CountryCode } from 'libphonenumber-js';

export interface Country {
  readonly code: CountryCode;
  readonly name: string;
  readonly callingCode: string;
}

/** Every country libphonenumber knows, named and sorted in `language`. */
export function countriesIn(language: string): Country[] {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(language);
  return getCountries()
    .map((code) => ({
      code,
      name: names.of(code) ?? code,
      callingCode: getCountryCallingCode(code),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The region of the browser's locale (en-GB → GB) when it has a calling code, else the US. */
export function defaultCountry(locale = navigator.language): CountryCode {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).region;
  } catch {
    region = undefined;
  }
  return getCountries().find((code) => code === region) ?? 'US';
}
