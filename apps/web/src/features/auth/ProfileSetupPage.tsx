import { useTranslation } from 'react-i18next';
import { useMe } from '../../data/queries';
import { Spinner } from '../../ui/Spinner';
import { AuthLayout } from './AuthLayout';
import { BusinessSetupPage } from './BusinessSetupPage';
import { PersonalSetupPage } from './PersonalSetupPage';

/** A new account's first screen: a person gives a name, a business its business name and logo. */
export function ProfileSetupPage() {
  const { t } = useTranslation('auth');
  const { data: me } = useMe();
  if (me === undefined) {
    return (
      <AuthLayout title={t('setup.title')}>
        <Spinner />
      </AuthLayout>
    );
  }
  return me.kind === 'business' ? <BusinessSetupPage /> : <PersonalSetupPage />;
}
