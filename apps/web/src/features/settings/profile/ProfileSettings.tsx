import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../data/queries';
import { Avatar } from '../../../ui/Avatar';
import { Button } from '../../../ui/Button';
import { Spinner } from '../../../ui/Spinner';
import { useToast } from '../../../ui/Toasts';
import { SettingsHeader } from '../SettingsHeader';
import { EditableProfileField } from './EditableProfileField';
import { ABOUT_MAX, NAME_MAX } from './profile-limits';
import { PhotoPicker } from '../../../ui/PhotoPicker';
import { useUpdateProfile, useUploadPhoto } from './use-update-profile';

/** Your photo, name and about, as your contacts see them. */
export function ProfileSettings() {
  const { t } = useTranslation('settings');
  const { data: me } = useMe();
  const toast = useToast();
  const upload = useUploadPhoto();
  const update = useUpdateProfile();

  const pickPhoto = (file: File) =>
    upload.mutate(file, {
      onSuccess: (media) => update.mutate({ photoMediaId: media.id }, { onError: toast.showError }),
      onError: toast.showError,
    });
  const save = (changes: { name?: string; about?: string }) =>
    update.mutateAsync(changes).then(
      () => true,
      (error: unknown) => {
        toast.showError(error);
        return false;
      },
    );

  return (
    <>
      <SettingsHeader title={t('profile.title')} back="/settings" />
      <div className="settings__body">
        {me === undefined ? (
          <div className="settings__center">
            <Spinner />
          </div>
        ) : (
          <div className="settings__profile">
            <PhotoPicker label={t('profile.changePhoto')} busy={upload.isPending} onPick={pickPhoto}>
              <Avatar name={me.name} photoMediaId={me.photoMediaId} size={160} />
            </PhotoPicker>
            {me.photoMediaId !== null && (
              <Button
                variant="ghost"
                disabled={update.isPending}
                onClick={() => update.mutate({ photoMediaId: null }, { onError: toast.showError })}
              >
                {t('profile.removePhoto')}
              </Button>
            )}
            <EditableProfileField
              label={t('profile.name')}
              name="name"
              value={me.name}
              max={NAME_MAX}
              required
              onSave={(name) => save({ name })}
            />
            <p className="settings__note">{t('profile.nameNote')}</p>
            <EditableProfileField
              label={t('profile.about')}
              name="about"
              value={me.about}
              max={ABOUT_MAX}
              onSave={(about) => save({ about })}
            />
            <div className="settings__field">
              <span className="field__label">{t('profile.phone')}</span>
              <span dir="ltr" className="settings__phone">
                {parsePhoneNumberFromString(me.phone)?.formatInternational() ?? me.phone}
              </span>
            </div>
          </div>
        )}
      </div>
    </>
  );
}
