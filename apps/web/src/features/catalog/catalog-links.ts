/**
 * WhatsApp-style share links: `/c/<digits>` for a business's catalog, `/p/<productId>/<digits>`
 * for one item, the number written with its country code and no plus.
 */
const digitsOf = (phone: string) => phone.replace(/\D/g, '');

export function catalogLink(origin: string, businessPhone: string): string {
  return `${origin}/c/${digitsOf(businessPhone)}`;
}

export function productLink(origin: string, productId: string, businessPhone: string): string {
  return `${origin}/p/${encodeURIComponent(productId)}/${digitsOf(businessPhone)}`;
}

/** The E.164 number a link's digits stand for; undefined when they cannot be a phone number. */
export function linkPhone(digits: string): string | undefined {
  return /^[1-9]\d{5,14}$/.test(digits) ? `+${digits}` : undefined;
}
