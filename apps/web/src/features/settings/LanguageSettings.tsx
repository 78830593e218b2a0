import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/languages';
import { currentLanguage } from '../../i18n/setup';
import { SettingsHeader } from './SettingsHeader';

/** The app's language, each by the name it calls itself; Arabic turns the layout right to left. */
export function LanguageSettings() {
  const { t, i18n } = useTranslation('settings');
  const current = currentLanguage();
  return (
    <>
      <SettingsHeader title={t('language.title')} back="/settings" />
      <div className="settings__body">
        <fieldset className="settings__choices">
          <legend className="visually-hidden">{t('language.title')}</legend>
          {LANGUAGES.map((language) => (
            <label key={language.code} className="settings__choice" lang={language.code}>
              <input
                type="radio"
                name="language"
                value={language.code}
                checked={current === language.code}
                onChange={() => void i18n.changeLanguage(language.code)}
              />
              {language.name}
            </label>
          ))}
        </fieldset>
      </div>
    </>
  );
}
