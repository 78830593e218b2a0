import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../ui/Avatar';
import { Icon } from '../../ui/Icon';
import './photo-picker.css';

/** A round group photo you click to choose an image; shows the chosen file before it is uploaded. */
export function PhotoPicker({
  file,
  onChange,
  currentMediaId,
  name,
  disabled = false,
}: {
  file: File | undefined;
  onChange: (file: File) => void;
  currentMediaId?: string | null;
  name: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation('groups');
  const id = useId();
  // One object URL per chosen file, released when the file changes or the picker goes.
  const preview = useMemo(() => (file === undefined ? undefined : URL.createObjectURL(file)), [file]);
  useEffect(
    () => () => {
      if (preview !== undefined) URL.revokeObjectURL(preview);
    },
    [preview],
  );
  return (
    <div className="photo-picker">
      <label htmlFor={id} className="photo-picker__label" aria-disabled={disabled}>
        {preview !== undefined ? (
          <img className="photo-picker__image" src={preview} alt="" />
        ) : (
          <Avatar name={name} photoMediaId={currentMediaId} size={160} group />
        )}
        {!disabled && (
          <span className="photo-picker__overlay">
            <Icon name="camera" size={28} />
            <span>{t('photo.choose')}</span>
          </span>
        )}
      </label>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif"
        disabled={disabled}
        aria-label={t('photo.choose')}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen !== undefined) onChange(chosen);
          event.target.value = '';
        }}
      />
    </div>
  );
}
