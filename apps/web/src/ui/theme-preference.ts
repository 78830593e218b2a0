/** Light, dark, or whatever the system prefers; kept in this browser. */
export type ThemePreference = 'system' | 'light' | 'dark';

const THEME_KEY = 'parley.theme';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function loadThemePreference(): ThemePreference {
  const stored = localStorage.getItem(THEME_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function applyTheme(preference: ThemePreference): void {
  const dark = preference === 'dark' || (preference === 'system' && darkQuery().matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

export function setThemePreference(preference: ThemePreference): void {
  localStorage.setItem(THEME_KEY, preference);
  applyTheme(preference);
}

/** Applies the stored theme now and follows the system while the preference is "system". */
export function initTheme(): void {
  applyTheme(loadThemePreference());
  darkQuery().addEventListener('change', () => applyTheme(loadThemePreference()));
}
