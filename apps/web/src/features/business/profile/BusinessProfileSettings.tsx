import type { AccountView, BusinessProfileView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../../data/queries';
import { Avatar } from '../../../ui/Avatar';
import { Icon } from '../../../ui/Icon';
import { Spinner } from '../../../ui/Spinner';
import { useToast } from '../../../ui/Toasts';
import { useUpdateProfile } from '../../settings/profile/use-update-profile';
import { SettingsHeader } from '../../settings/SettingsHeader';
import { useOwnBusinessProfile } from '../business-queries';
import { LogoPicker } from '../logo/LogoPicker';
import { BusinessProfileFields } from './BusinessProfileFields';
import './business-profile.css';

/** What customers see of the business: logo, name, category, description, where and how to reach it. */
export function BusinessProfileSettings() {
  const { t } = useTranslation('business');
  const { data: me } = useMe();
  const { data: profile } = useOwnBusinessProfile();
  return (
    <>
      <SettingsHeader title={t('profile.title')} back="/settings/business" />
      <div className="settings__body">
        {me === undefined || profile === undefined ? (
          <div className="settings__center">
            <Spinner />
          </div>
        ) : (
          <div className="business-profile">
            <Logo me={me} />
            <BusinessProfileFields me={me} profile={profile} />
            <HoursLink profile={profile} />
          </div>
        )}
      </div>
    </>
  );
}

function Logo({ me }: { me: AccountView }) {
  const toast = useToast();
  const update = useUpdateProfile();
  return (
    <LogoPicker
      busy={update.isPending}
      onUploaded={({ mediaId }) => update.mutate({ photoMediaId: mediaId }, { onError: toast.showError })}
    >
      <Avatar name={me.name} photoMediaId={me.photoMediaId} size={160} />
    </LogoPicker>
  );
}

function HoursLink({ profile }: { profile: BusinessProfileView }) {
  const { t } = useTranslation('business');
  const state = profile.hours === null ? 'none' : profile.openNow ? 'openNow' : 'closedNow';
  return (
    <Link to="/settings/business/hours" className="settings__item business-profile__hours">
      <Icon name="clock" />
      <span className="settings__item-label">
        {t('hours.title')}
        <span className="settings__item-hint">{t(`hours.summary.${state}`)}</span>
      </span>
    </Link>
  );
}
