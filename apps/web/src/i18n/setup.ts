import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from './languages';

/**
 * Every user-visible string lives in `locales/<language>/<namespace>.json`; each feature owns one
 * namespace. They are bundled, so the first screen is already translated.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, module] of Object.entries(files)) {
  const [, language, namespace] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  if (language === undefined || namespace === undefined) continue;
  (resources[language] ??= {})[namespace] = module.default;
}

export const LANGUAGE_STORAGE_KEY = 'parley.language';

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: LANGUAGES.map((language) => language.code),
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(resources.en ?? {}),
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

applyDocumentLanguage(i18n.resolvedLanguage ?? 'en');
i18n.on('languageChanged', () => applyDocumentLanguage(i18n.resolvedLanguage ?? 'en'));

/** The language the app shows now, one of LANGUAGES. */
export function currentLanguage(): Language {
  return (i18n.resolvedLanguage ?? 'en') as Language;
}

export default i18n;
