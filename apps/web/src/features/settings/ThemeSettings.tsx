import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadThemePreference, setThemePreference, type ThemePreference } from '../../ui/theme-preference';
import { SettingsHeader } from './SettingsHeader';

const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** Light, dark, or as the system is set; kept in this browser. */
export function ThemeSettings() {
  const { t } = useTranslation('settings');
  const [theme, setTheme] = useState(loadThemePreference);
  return (
    <>
      <SettingsHeader title={t('theme.title')} back="/settings" />
      <div className="settings__body">
        <fieldset className="settings__choices">
          <legend className="visually-hidden">{t('theme.title')}</legend>
          {THEMES.map((choice) => (
            <label key={choice} className="settings__choice">
              <input
                type="radio"
                name="theme"
                value={choice}
                checked={theme === choice}
                onChange={() => {
                  setThemePreference(choice);
                  setTheme(choice);
                }}
              />
              {t(`theme.${choice}`)}
            </label>
          ))}
        </fieldset>
      </div>
    </>
  );
}
