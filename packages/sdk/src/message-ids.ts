/**
 * A new message id: the time in milliseconds (12 hex digits) then 10 random bytes, upper case.
 * Ids that grow with time land at the end of the server's id index instead of anywhere in it,
 * which keeps writes sequential; the random part keeps them unguessable and unique.
 */
export function newMessageId(): string {
  const random = new Uint8Array(10);
  globalThis.crypto.getRandomValues(random);
  const time = Date.now().toString(16).padStart(12, '0');
  return (time + Array.from(random, (b) => b.toString(16).padStart(2, '0')).join('')).toUpperCase();
}
