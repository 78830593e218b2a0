/** Prices travel as integer minor units; people type and read them as decimals in their currency. */

/** How many decimals a currency's minor unit has: 2 for EUR, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/**
 * A typed decimal ("12.5" or "12,5") as minor units (1250 for 2 digits); null when it is not a
 * non-negative amount with at most `digits` decimals, so nothing is rounded behind the user's back.
 */
export function parseMinorUnits(text: string, digits: number): number | null {
  const match = /^(\d{1,11})(?:[.,](\d*))?$/.exec(text.trim());
  if (match === null) return null;
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** Minor units as the plain decimal an input shows for editing (1250, 2 → "12.50"). */
export function minorUnitsText(minor: number, digits: number): string {
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Minor units as a price in the reader's language ("12,50 €", "١٢٫٥٠ €"). */
export function formatMoney(minor: number, currency: string, digits: number, language: string): string {
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(minor / 10 ** digits);
  } catch {
    return `${minorUnitsText(minor, digits)} ${currency}`;
  }
}
