import type { PublicProfileView } from '@parley/contracts';

/** Which mark sits beside an account's name: WhatsApp's green and grey checks, or the plain business mark. */
export type BusinessBadge = 'official' | 'verified' | 'business';

export function businessBadge(
  profile: Pick<PublicProfileView, 'kind' | 'verification'>,
): BusinessBadge | null {
  if (profile.verification === 'official') return 'official';
  if (profile.verification === 'verified') return 'verified';
  // Platform numbers are businesses too: the Cloud API serves them.
  return profile.kind === 'personal' ? null : 'business';
}
