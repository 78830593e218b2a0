/**
 * Short links, as wa.me has them: `/l/<international number in digits>?text=<prefilled message>`.
 * Fewer digits than an international number has, more than E.164 allows, or anything but digits: no link.
 */
const LINK_NUMBER = /^\+?(\d{8,15})$/;

/** The E.164 number a link's path names, or null when it names none. */
export function shortLinkPhone(pathNumber: string): string | null {
  const digits = LINK_NUMBER.exec(pathNumber.trim())?.[1];
  return digits === undefined ? null : `+${digits}`;
}

/** The link to an account's chat: its number's digits after `/l/`. */
export function shortLinkUrl(origin: string, phone: string): string {
  return `${origin}/l/${phone.replace(/\D/g, '')}`;
}

/** What the composer starts with: the link's own text, else the business's default message. */
export function prefilledText(linkText: string | null, defaultMessage: string | undefined): string {
  if (linkText !== null && linkText.trim() !== '') return linkText;
  return defaultMessage ?? '';
}

/** "parley-4915112345678-qr.png": the number tells downloads of several businesses apart. */
export function qrFileName(phone: string, extension: 'png' | 'svg'): string {
  return `parley-${phone.replace(/\D/g, '')}-qr.${extension}`;
}
