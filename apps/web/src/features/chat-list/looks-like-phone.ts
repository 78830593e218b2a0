/**
 * Whether typed text is meant as a whole phone number: only digits and the usual separators, with
 * enough digits to be international (the server reads digits without + as international).
 */
export function looksLikePhone(text: string): boolean {
  const trimmed = text.trim();
  return /^\+?[\d\s().-]+$/.test(trimmed) && trimmed.replace(/\D/g, '').length >= 8;
}
