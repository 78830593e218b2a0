import { DomainError } from '../shared/errors.js';
import type { Profile } from './account.js';

export const PROFILE_LIMITS = Object.freeze({ name: 25, about: 139 });

/** Characters as people count them (code points), not UTF-16 units. */
const lengthOf = (text: string) => [...text].length;

/** Trims and checks a profile change; photoMediaId null removes the photo. */
export function validateProfileChange(change: Partial<Profile>): Partial<Profile> {
  const valid: { -readonly [K in keyof Profile]?: Profile[K] } = {};
  if (change.name !== undefined) {
    valid.name = change.name.trim();
    if (lengthOf(valid.name) > PROFILE_LIMITS.name) {
      throw new DomainError('invalid_argument', `A name has at most ${PROFILE_LIMITS.name} characters`);
    }
  }
  if (change.about !== undefined) {
    valid.about = change.about.trim();
    if (lengthOf(valid.about) > PROFILE_LIMITS.about) {
      throw new DomainError('invalid_argument', `"About" has at most ${PROFILE_LIMITS.about} characters`);
    }
  }
  if (change.photoMediaId !== undefined) valid.photoMediaId = change.photoMediaId;
  return valid;
}
