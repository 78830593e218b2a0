import type { AccountView, BusinessProfileView } from '@parley/contracts';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toasts';
import { lengthOf } from '../../settings/profile/profile-limits';
import { useUpdateProfile } from '../../settings/profile/use-update-profile';
import { useUpdateBusinessProfile } from '../business-queries';
import { useBusinessNameError } from '../use-business-name-error';
import {
  changesFrom,
  formFromProfile,
  mapLink,
  PROFILE_TEXT_LIMITS,
  type BusinessProfileForm,
  type FormProblem,
} from './business-profile-form';
import { CategorySelect } from './CategorySelect';

/**
 * The business profile's texts in one form, saved together: the name through `PATCH /v1/me` (it is
 * the account's name), the rest through `PATCH /v1/me/business-profile`, each only if it changed.
 */
export function BusinessProfileFields({ me, profile }: { me: AccountView; profile: BusinessProfileView }) {
  const { t } = useTranslation('business');
  const toast = useToast();
  const updateAccount = useUpdateProfile();
  const updateProfile = useUpdateBusinessProfile();
  const nameError = useBusinessNameError();
  const [name, setName] = useState(me.name);
  const [form, setForm] = useState<BusinessProfileForm>(() => formFromProfile(profile));
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [nameRefusal, setNameRefusal] = useState<string | undefined>();
  const busy = updateAccount.isPending || updateProfile.isPending;
  const change = (fields: Partial<BusinessProfileForm>) => setForm((current) => ({ ...current, ...fields }));
  const problem = (which: FormProblem, text: string) => (problems.includes(which) ? text : undefined);
  const charactersLeft = (text: string, max: number) => t('charactersLeft', { count: max - lengthOf(text) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { changes, problems: found } = changesFrom(form, profile);
    setProblems(found);
    if (found.length > 0) return;
    try {
      if (name.trim() !== me.name) await updateAccount.mutateAsync({ name: name.trim() });
    } catch (error) {
      const text = nameError(error);
      if (text === undefined) toast.showError(error);
      else setNameRefusal(text);
      return;
    }
    try {
      if (Object.keys(changes).length > 0) setForm(formFromProfile(await updateProfile.mutateAsync(changes)));
      toast.show(t('saved'));
    } catch (error) {
      toast.showError(error);
    }
  };

  const location = profile.location;
  return (
    <form className="business-profile__form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('profile.name')}
        name="name"
        autoComplete="organization"
        required
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setNameRefusal(undefined);
        }}
        error={nameRefusal}
        hint={t('profile.nameHint')}
      />
      <CategorySelect value={form.category} onChange={(category) => change({ category })} />
      <TextArea
        label={t('profile.description')}
        name="description"
        maxLength={PROFILE_TEXT_LIMITS.description}
        value={form.description}
        hint={charactersLeft(form.description, PROFILE_TEXT_LIMITS.description)}
        onChange={(event) => change({ description: event.target.value })}
      />
      <TextArea
        label={t('profile.address')}
        name="address"
        maxLength={PROFILE_TEXT_LIMITS.address}
        value={form.address}
        hint={charactersLeft(form.address, PROFILE_TEXT_LIMITS.address)}
        onChange={(event) => change({ address: event.target.value })}
      />
      <Pair>
        <TextField
          label={t('profile.latitude')}
          name="latitude"
          inputMode="decimal"
          dir="ltr"
          value={form.latitude}
          onChange={(event) => change({ latitude: event.target.value })}
          error={problem('location', t('profile.locationInvalid'))}
        />
        <TextField
          label={t('profile.longitude')}
          name="longitude"
          inputMode="decimal"
          dir="ltr"
          value={form.longitude}
          onChange={(event) => change({ longitude: event.target.value })}
        />
      </Pair>
      {location !== null && (
        <a className="business-profile__map" href={mapLink(location)} target="_blank" rel="noreferrer">
          {t('profile.openMap')}
        </a>
      )}
      <TextField
        label={t('profile.email')}
        name="email"
        type="email"
        autoComplete="email"
        dir="ltr"
        maxLength={PROFILE_TEXT_LIMITS.email}
        value={form.email}
        onChange={(event) => change({ email: event.target.value })}
        error={problem('email', t('profile.emailInvalid'))}
      />
      {form.websites.map((website, index) => (
        <TextField
          key={index}
          label={t('profile.website', { number: index + 1 })}
          name={`website${index + 1}`}
          type="url"
          dir="ltr"
          maxLength={PROFILE_TEXT_LIMITS.website}
          value={website}
          onChange={(event) =>
            change({
              websites:
                index === 0 ? [event.target.value, form.websites[1]] : [form.websites[0], event.target.value],
            })
          }
          error={index === 0 ? problem('website', t('profile.websiteInvalid')) : undefined}
        />
      ))}
      <div className="business-profile__actions">
        <Button type="submit" variant="primary" disabled={busy || name.trim() === ''}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}

function Pair({ children }: { children: ReactNode }) {
  return <div className="business-profile__pair">{children}</div>;
}
