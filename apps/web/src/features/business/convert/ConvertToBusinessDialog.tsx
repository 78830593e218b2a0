import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toasts';
import { NAME_MAX } from '../../settings/profile/profile-limits';
import { useUpdateProfile } from '../../settings/profile/use-update-profile';
import { useConvertToBusiness } from '../business-queries';
import { useBusinessNameError } from '../use-business-name-error';
import './convert-dialog.css';

/**
 * Personal to business, as the Business app does it: the chats stay, customers see a business
 * profile, and there is no way back. The name becomes the business name, so it is asked for here
 * and held to the business-name rules.
 */
export function ConvertToBusinessDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const { t } = useTranslation(['business', 'common']);
  const navigate = useNavigate();
  const toast = useToast();
  const rename = useUpdateProfile();
  const convert = useConvertToBusiness();
  const nameError = useBusinessNameError();
  const [businessName, setBusinessName] = useState(name);
  const [refusal, setRefusal] = useState<string | undefined>();
  const busy = rename.isPending || convert.isPending;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      // A personal name is still held to the personal limits until the account is a business.
      if (businessName.trim() !== name) await rename.mutateAsync({ name: businessName.trim() });
      await convert.mutateAsync();
    } catch (error) {
      const text = nameError(error);
      if (text === undefined) toast.showError(error);
      else setRefusal(text);
      return;
    }
    toast.show(t('business:convert.done'));
    navigate('/settings/business/profile');
  };

  return (
    <Dialog title={t('business:convert.title')} onClose={onClose}>
      <form className="convert-dialog" onSubmit={(event) => void submit(event)} noValidate>
        <ul className="convert-dialog__points">
          <li>{t('business:convert.keepsChats')}</li>
          <li>{t('business:convert.profile')}</li>
          <li>{t('business:convert.oneWay')}</li>
        </ul>
        <TextField
          label={t('business:profile.name')}
          name="businessName"
          autoComplete="organization"
          maxLength={NAME_MAX}
          value={businessName}
          onChange={(event) => {
            setBusinessName(event.target.value);
            setRefusal(undefined);
          }}
          error={refusal}
          hint={t('business:convert.nameHint', { max: NAME_MAX })}
        />
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy || businessName.trim() === ''}>
            {t('business:convert.confirm')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
