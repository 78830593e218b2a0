import { ParleyApiError } from '@parley/sdk';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PhotoPicker } from '../../../ui/PhotoPicker';
import { useToast } from '../../../ui/Toasts';
import { readPreview } from '../../settings/profile/read-preview';
import { useUploadPhoto } from '../../settings/profile/use-update-profile';
import { cropLogo, LogoTooSmallError } from './crop-logo';
import { LOGO_MIN_PIXELS } from './square-crop';
import './logo-picker.css';

/**
 * A business logo: the chosen image is cropped to its centred square and uploaded; one under the
 * minimum size is refused here, with the reason, before anything is sent.
 */
export function LogoPicker({
  children,
  busy = false,
  onUploaded,
}: {
  children: ReactNode;
  busy?: boolean;
  onUploaded: (upload: { mediaId: string; preview: string }) => void;
}) {
  const { t } = useTranslation('business');
  const toast = useToast();
  const upload = useUploadPhoto();
  const [cropping, setCropping] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const tooSmall = t('logo.tooSmall', { min: LOGO_MIN_PIXELS });

  const pick = async (file: File) => {
    setError(undefined);
    setCropping(true);
    try {
      const logo = await cropLogo(file);
      const media = await upload.mutateAsync(logo);
      onUploaded({ mediaId: media.id, preview: await readPreview(logo) });
    } catch (caught) {
      if (caught instanceof LogoTooSmallError) setError(tooSmall);
      else if (caught instanceof ParleyApiError && typeof caught.details?.min === 'number')
        setError(tooSmall);
      else if (caught instanceof ParleyApiError) toast.showError(caught);
      else setError(t('logo.unreadable'));
    } finally {
      setCropping(false);
    }
  };

  return (
    <div className="logo-picker">
      <PhotoPicker label={t('logo.change')} busy={busy || cropping} onPick={(file) => void pick(file)}>
        {children}
      </PhotoPicker>
      {error === undefined ? (
        <p className="logo-picker__hint">{t('logo.hint', { min: LOGO_MIN_PIXELS })}</p>
      ) : (
        <p className="logo-picker__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
