import { useRef, type ReactNode } from 'react';
import { Icon } from './Icon';
import { Spinner } from './Spinner';
import './photo-picker.css';

/** The image types a profile or group photo may be: what the server accepts as an image. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;

/**
 * A round photo (`children`) that opens the file picker when clicked, as WhatsApp's profile and
 * group photos do; `label` names the action.
 */
export function PhotoPicker({
  children,
  label,
  busy = false,
  onPick,
}: {
  children: ReactNode;
  label: string;
  busy?: boolean;
  onPick: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="photo-picker">
      <button
        type="button"
        className="photo-picker__button"
        onClick={() => input.current?.click()}
        disabled={busy}
        aria-label={label}
      >
        {children}
        <span className="photo-picker__overlay" aria-hidden>
          {busy ? <Spinner /> : <Icon name="camera" size={28} />}
          {!busy && <span>{label}</span>}
        </span>
      </button>
      <input
        ref={input}
        type="file"
        accept={PHOTO_TYPES.join(',')}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file !== undefined) onPick(file);
        }}
      />
    </div>
  );
}
