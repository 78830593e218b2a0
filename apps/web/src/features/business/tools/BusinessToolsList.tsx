import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../ui/Icon';
import { SettingsHeader } from '../../settings/SettingsHeader';
import { BUSINESS_TOOLS } from './business-tools';

/** The business's tools, each a row that opens it. */
export function BusinessToolsList() {
  const { t } = useTranslation('business');
  return (
    <>
      <SettingsHeader title={t('tools.title')} back="/settings" />
      <div className="settings__body">
        <nav aria-label={t('tools.title')}>
          <ul className="settings__list">
            {BUSINESS_TOOLS.map((tool) => (
              <li key={tool.path}>
                <Link to={`/settings/business/${tool.path}`} className="settings__item">
                  <Icon name={tool.icon} />
                  <span className="settings__item-label">
                    {t(tool.label)}
                    <span className="settings__item-hint">{t(tool.hint)}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </>
  );
}
