/** The app's languages; `name` is how each calls itself, shown in the language picker. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'العربية' },
  { code: 'ru', name: 'Русский' },
  { code: 'zh', name: '中文' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];
