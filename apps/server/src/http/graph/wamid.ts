/**
 * A wamid is `wamid.` and the base64 of the internal message id: opaque to clients, like Meta's,
 * and decodable without a lookup.
 */
const PREFIX = 'wamid.';
/** Internal message ids: what `Id` in the contracts admits. */
const MESSAGE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const toWamid = (messageId: string): string =>
  PREFIX + Buffer.from(messageId, 'utf8').toString('base64');

/** The internal message id of a wamid, or undefined when it is not one of ours. */
export function fromWamid(wamid: string): string | undefined {
  if (!wamid.startsWith(PREFIX) || wamid.length > 200) return undefined;
  const encoded = wamid.slice(PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return undefined;
  const id = Buffer.from(encoded, 'base64').toString('utf8');
  // Base64 decoding forgives; only a canonical encoding of a valid id is accepted.
  return MESSAGE_ID.test(id) && toWamid(id) === wamid ? id : undefined;
}
