import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toasts';
import { lengthOf, NAME_MAX } from '../settings/profile/profile-limits';
import { PhotoPicker } from '../../ui/PhotoPicker';
import { readPreview } from '../settings/profile/read-preview';
import { useUpdateProfile, useUploadPhoto } from '../settings/profile/use-update-profile';
import { AuthLayout } from './AuthLayout';
import { nextPath } from './next-path';
import './profile-setup-page.css';

/** A new personal account's first screen: a name (required) and, if wanted, a photo. */
export function PersonalSetupPage() {
  const { t } = useTranslation(['auth', 'common']);
  const location = useLocation();
  const navigate = useNavigate();
  const toast = useToast();
  const upload = useUploadPhoto();
  const update = useUpdateProfile();
  const [name, setName] = useState('');
  const [preview, setPreview] = useState<string | undefined>();
  const [photoMediaId, setPhotoMediaId] = useState<string | undefined>();
  const length = lengthOf(name);
  const nameError = length > NAME_MAX ? t('auth:setup.nameTooLong', { max: NAME_MAX }) : undefined;

  const pickPhoto = (file: File) => {
    upload.mutate(file, {
      onSuccess: (media) => {
        setPhotoMediaId(media.id);
        readPreview(file).then(setPreview, () => setPreview(undefined));
      },
      onError: toast.showError,
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (length === 0 || nameError !== undefined) return;
    update.mutate(
      { name: name.trim(), ...(photoMediaId === undefined ? {} : { photoMediaId }) },
      {
        onSuccess: () => navigate(nextPath(location.search), { replace: true }),
        onError: toast.showError,
      },
    );
  };

  return (
    <AuthLayout title={t('auth:setup.title')}>
      <p className="auth-layout__lead">{t('auth:setup.lead')}</p>
      <form className="profile-setup-page" onSubmit={submit} noValidate>
        <PhotoPicker label={t('settings:profile.changePhoto')} busy={upload.isPending} onPick={pickPhoto}>
          {preview === undefined ? <Icon name="person" size={88} /> : <img src={preview} alt="" />}
        </PhotoPicker>
        <TextField
          label={t('auth:setup.name')}
          name="name"
          autoComplete="nickname"
          autoFocus
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={nameError}
          hint={t('auth:setup.nameHint', { count: NAME_MAX - length })}
        />
        <div className="auth-layout__actions">
          <Button
            type="submit"
            variant="primary"
            disabled={length === 0 || nameError !== undefined || update.isPending || upload.isPending}
          >
            {t('auth:setup.next')}
          </Button>
        </div>
      </form>
    </AuthLayout>
  );
}
