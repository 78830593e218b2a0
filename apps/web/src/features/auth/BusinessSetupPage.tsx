import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toasts';
import { LogoPicker } from '../business/logo/LogoPicker';
import { useBusinessNameError } from '../business/use-business-name-error';
import { lengthOf } from '../settings/profile/profile-limits';
import { useUpdateProfile } from '../settings/profile/use-update-profile';
import { AuthLayout } from './AuthLayout';
import { nextPath } from './next-path';
import './profile-setup-page.css';

/**
 * A new business's first screen: the business name customers see (held to the business-name
 * rules, whose refusals are shown here in the reader's language) and, if wanted, a logo.
 */
export function BusinessSetupPage() {
  const { t } = useTranslation(['business', 'auth']);
  const location = useLocation();
  const navigate = useNavigate();
  const toast = useToast();
  const update = useUpdateProfile();
  const nameError = useBusinessNameError();
  const [name, setName] = useState('');
  const [refusal, setRefusal] = useState<string | undefined>();
  const [logo, setLogo] = useState<{ mediaId: string; preview: string } | undefined>();
  const length = lengthOf(name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (length === 0) return;
    update.mutate(
      { name: name.trim(), ...(logo === undefined ? {} : { photoMediaId: logo.mediaId }) },
      {
        onSuccess: () => navigate(nextPath(location.search), { replace: true }),
        onError: (error) => {
          const text = nameError(error);
          if (text === undefined) toast.showError(error);
          else setRefusal(text);
        },
      },
    );
  };

  return (
    <AuthLayout title={t('business:setup.title')}>
      <p className="auth-layout__lead">{t('business:setup.lead')}</p>
      <form className="profile-setup-page" onSubmit={submit} noValidate>
        <LogoPicker onUploaded={setLogo}>
          {logo === undefined ? <Icon name="store" size={88} /> : <img src={logo.preview} alt="" />}
        </LogoPicker>
        <TextField
          label={t('business:profile.name')}
          name="name"
          autoComplete="organization"
          autoFocus
          required
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setRefusal(undefined);
          }}
          error={refusal}
          hint={t('business:profile.nameHint')}
        />
        <div className="auth-layout__actions">
          <Button type="submit" variant="primary" disabled={length === 0 || update.isPending}>
            {t('auth:setup.next')}
          </Button>
        </div>
      </form>
    </AuthLayout>
  );
}
