import type { BusinessCategory, BusinessProfileView, UpdateBusinessProfileBody } from '@parley/contracts';

/** The business profile as its form holds it: every field as typed. */
export interface BusinessProfileForm {
  readonly category: BusinessCategory;
  readonly description: string;
  readonly address: string;
  readonly latitude: string;
  readonly longitude: string;
  readonly email: string;
  readonly websites: readonly [string, string];
}

export type FormProblem = 'location' | 'email' | 'website';

/** The server's limits, so a long text is refused while typing, not after saving. */
export const PROFILE_TEXT_LIMITS = { description: 512, address: 256, email: 128, website: 256 } as const;

export function formFromProfile(profile: BusinessProfileView): BusinessProfileForm {
  return {
    category: profile.category,
    description: profile.description,
    address: profile.address,
    latitude: profile.location === null ? '' : String(profile.location.latitude),
    longitude: profile.location === null ? '' : String(profile.location.longitude),
    email: profile.email,
    websites: [profile.websites[0] ?? '', profile.websites[1] ?? ''],
  };
}

/**
 * What to send to save the form: only the fields that changed, or the problems that keep it from
 * being sent (the server checks the same, this just says it sooner and field by field).
 */
export function changesFrom(
  form: BusinessProfileForm,
  saved: BusinessProfileView,
): { changes: UpdateBusinessProfileBody; problems: readonly FormProblem[] } {
  const problems: FormProblem[] = [];
  const location = locationOf(form);
  if (location === 'invalid') problems.push('location');
  const email = form.email.trim();
  if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(email)) problems.push('email');
  const websites = form.websites.map((site) => site.trim()).filter((site) => site !== '');
  if (!websites.every(isWebAddress)) problems.push('website');
  if (problems.length > 0) return { changes: {}, problems };

  const changes: { -readonly [K in keyof UpdateBusinessProfileBody]: UpdateBusinessProfileBody[K] } = {};
  if (form.category !== saved.category) changes.category = form.category;
  if (form.description.trim() !== saved.description) changes.description = form.description.trim();
  if (form.address.trim() !== saved.address) changes.address = form.address.trim();
  if (email !== saved.email) changes.email = email;
  if (JSON.stringify(websites) !== JSON.stringify(saved.websites)) changes.websites = websites;
  if (location !== 'invalid' && JSON.stringify(location) !== JSON.stringify(saved.location)) {
    changes.location = location;
  }
  return { changes, problems };
}

/** Both coordinates or neither; each a number in range. */
function locationOf(form: BusinessProfileForm): { latitude: number; longitude: number } | null | 'invalid' {
  const latitude = form.latitude.trim();
  const longitude = form.longitude.trim();
  if (latitude === '' && longitude === '') return null;
  const lat = Number(latitude.replace(',', '.'));
  const lon = Number(longitude.replace(',', '.'));
  const valid = latitude !== '' && longitude !== '' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return valid ? { latitude: lat, longitude: lon } : 'invalid';
}

export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** A map of where the business is, on OpenStreetMap (no key, no tracking). */
export function mapLink(location: { latitude: number; longitude: number }): string {
  const { latitude, longitude } = location;
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}
