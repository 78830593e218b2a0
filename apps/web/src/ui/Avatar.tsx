import { useMediaUrl } from '../data/queries';
import { Icon } from './Icon';

/** A stable colour per name, so each person keeps theirs across screens. */
const COLORS = ['#1f8f6a', '#3b82f6', '#a855f7', '#ef4444', '#f59e0b', '#0ea5e9', '#ec4899', '#64748b'];

function colorFor(seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return COLORS[hash % COLORS.length]!;
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');
}

/** A round picture: the photo when there is one, else initials (or an icon for groups). */
export function Avatar({
  name,
  photoMediaId,
  size = 40,
  group = false,
}: {
  name: string;
  photoMediaId?: string | null;
  size?: number;
  group?: boolean;
}) {
  const { data: photo } = useMediaUrl(photoMediaId, 'thumbnail');
  const letters = initials(name);
  return (
    <span
      className="avatar"
      style={{
        width: size,
        height: size,
        fontSize: size * 0.4,
        ['--avatar-color' as string]: colorFor(name),
      }}
      aria-hidden
    >
      {photo !== undefined ? (
        <img src={photo} alt="" />
      ) : group || letters === '' ? (
        <Icon name={group ? 'group' : 'person'} size={size * 0.55} />
      ) : (
        letters
      )}
    </span>
  );
}
