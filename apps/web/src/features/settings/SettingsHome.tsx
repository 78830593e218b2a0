import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../data/queries';
import { LANGUAGES } from '../../i18n/languages';
import { currentLanguage } from '../../i18n/setup';
import { Avatar } from '../../ui/Avatar';
import { Icon, type IconName } from '../../ui/Icon';
import { loadThemePreference } from '../../ui/theme-preference';
import { AccountsSection } from '../auth/AccountsSection';
import { BusinessSettingsItem } from '../business/BusinessSettingsItem';
import { LogOutDialog } from './LogOutDialog';
import { SettingsHeader } from './SettingsHeader';

/** The settings list: your profile on top, then each section. */
export function SettingsHome() {
  const { t } = useTranslation('settings');
  const { data: me } = useMe();
  const [loggingOut, setLoggingOut] = useState(false);
  const language = LANGUAGES.find((entry) => entry.code === currentLanguage())?.name;
  return (
    <>
      <SettingsHeader title={t('title')} back="/" />
      <div className="settings__body">
        <Link to="/settings/profile" className="settings__profile-card">
          <Avatar name={me?.name ?? ''} photoMediaId={me?.photoMediaId} size={72} />
          <span className="settings__profile-text">
            <span className="settings__profile-name" dir="auto">
              {me?.name}
            </span>
            <span className="settings__item-hint" dir="auto">
              {me?.about}
            </span>
          </span>
        </Link>
        <nav aria-label={t('title')}>
          <ul className="settings__list">
            <SettingsItem to="/settings/profile" icon="person" label={t('profile.title')} />
            <BusinessSettingsItem />
            <SettingsItem to="/settings/language" icon="globe" label={t('language.title')} hint={language} />
            <SettingsItem
              to="/settings/theme"
              icon="moon"
              label={t('theme.title')}
              hint={t(`theme.${loadThemePreference()}`)}
            />
            <SettingsItem to="/settings/blocked" icon="block" label={t('blocked.title')} />
            <SettingsItem to="/settings/devices" icon="devices" label={t('devices.title')} />
            <li>
              <button
                type="button"
                className="settings__item settings__item--danger"
                onClick={() => setLoggingOut(true)}
              >
                <Icon name="logout" />
                <span className="settings__item-label">{t('logOut.action')}</span>
              </button>
            </li>
          </ul>
        </nav>
        <AccountsSection />
      </div>
      {loggingOut && <LogOutDialog onClose={() => setLoggingOut(false)} />}
    </>
  );
}

function SettingsItem({
  to,
  icon,
  label,
  hint,
}: {
  to: string;
  icon: IconName;
  label: string;
  hint?: string;
}) {
  return (
    <li>
      <Link to={to} className="settings__item">
        <Icon name={icon} />
        <span className="settings__item-label">
          {label}
          {hint !== undefined && <span className="settings__item-hint">{hint}</span>}
        </span>
      </Link>
    </li>
  );
}
