import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../ui/Avatar';
import { PhotoPicker } from '../../ui/PhotoPicker';

/** The group's photo to click and change; shows a chosen file before it is uploaded. */
export function GroupPhotoPicker({
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
  // One object URL per chosen file, released when the file changes or the picker goes.
  const preview = useMemo(() => (file === undefined ? undefined : URL.createObjectURL(file)), [file]);
  useEffect(
    () => () => {
      if (preview !== undefined) URL.revokeObjectURL(preview);
    },
    [preview],
  );
  return (
    <PhotoPicker label={t('photo.choose')} busy={disabled} onPick={onChange}>
      {preview !== undefined ? (
        <img src={preview} alt="" />
      ) : (
        <Avatar name={name} photoMediaId={currentMediaId} size={160} group />
      )}
    </PhotoPicker>
  );
}
