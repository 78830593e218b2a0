import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';
import { Spinner } from '../../../ui/Spinner';
import { PHOTO_TYPES } from './profile-limits';
import './profile-photo-picker.css';

/** A round photo that opens the file picker when clicked, as WhatsApp's profile photo does. */
export function ProfilePhotoPicker({
  children,
  busy,
  onPick,
}: {
  children: ReactNode;
  busy: boolean;
  onPick: (file: File) => void;
}) {
  const { t } = useTranslation('settings');
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="profile-photo-picker">
      <button
        type="button"
        className="profile-photo-picker__button"
        onClick={() => input.current?.click()}
        disabled={busy}
        aria-label={t('profile.changePhoto')}
      >
        {children}
        <span className="profile-photo-picker__overlay" aria-hidden>
          {busy ? <Spinner /> : <Icon name="camera" size={28} />}
          {!busy && <span>{t('profile.changePhoto')}</span>}
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
