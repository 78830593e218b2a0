import { DomainError } from '../shared/errors.js';

const MINUTE = 60_000;

export const LINK_POLICY = Object.freeze({
  codeLength: 8,
  /** How long the code a new device shows can be approved. */
  codeTtlMs: 2 * MINUTE,
  /** An approval near the end of the code's life still leaves the device time to claim it. */
  claimGraceMs: 1 * MINUTE,
});

/** No 0/O, 1/I: the code is read off one screen and typed on another. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A link code drawn uniformly from the alphabet, from random decimal digits (the Secrets port):
 * pairs of digits 0..95 map evenly onto the 32 letters, 96..99 are drawn again.
 */
export function newLinkCode(
  randomDigits: (length: number) => string,
  length = LINK_POLICY.codeLength,
): string {
  let code = '';
  while (code.length < length) {
    const digits = randomDigits(2 * (length - code.length));
    for (let i = 0; i + 1 < digits.length && code.length < length; i += 2) {
      const n = Number(digits.slice(i, i + 2));
      if (n < 96) code += ALPHABET[n % ALPHABET.length];
    }
  }
  return code;
}

/** What people type: any case, with or without spaces and dashes. */
export function normalizeLinkCode(input: string): string {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== LINK_POLICY.codeLength || [...code].some((c) => !ALPHABET.includes(c))) {
    throw new DomainError('invalid_argument', 'Not a link code');
  }
  return code;
}
