import { DomainError } from '../shared/errors.js';
import { checkBusinessName } from '../business/index.js';
import type { AccountKind, Profile } from './account.js';

export const PROFILE_LIMITS = Object.freeze({ name: 25, about: 139, logoMinPixels: 192 });

/** Characters as people count them (code points), not UTF-16 units. */
const lengthOf = (text: string) => [...text].length;

/**
 * Trims and checks a profile change; photoMediaId null removes the photo. A business's name is its
 * business name, held to the business-name rules.
 */
export function validateProfileChange(change: Partial<Profile>, kind: AccountKind): Partial<Profile> {
  const valid: { -readonly [K in keyof Profile]?: Profile[K] } = {};
  if (change.name !== undefined && kind !== 'personal') {
    valid.name = checkBusinessName(change.name);
  } else if (change.name !== undefined) {
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

/** A business logo is shown large on its profile: the Business app asks for 192×192 at least. */
export function checkLogoSize(size: { width: number | null; height: number | null }): void {
  const min = PROFILE_LIMITS.logoMinPixels;
  if ((size.width ?? 0) < min || (size.height ?? 0) < min) {
    throw new DomainError('invalid_argument', `A business logo is at least ${min}×${min} pixels`, {
      min,
    });
  }
}
