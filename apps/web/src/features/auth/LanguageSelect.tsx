import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/languages';
import { currentLanguage } from '../../i18n/setup';
import { Icon } from '../../ui/Icon';
import './language-select.css';

/** The language picker of the first screens: each language by the name it calls itself. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation('auth');
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id}>
        <Icon name="globe" size={18} />
        <span className="visually-hidden">{t('language')}</span>
      </label>
      <select
        id={id}
        className="language-select__input"
        value={currentLanguage()}
        onChange={(event) => void i18n.changeLanguage(event.target.value)}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
