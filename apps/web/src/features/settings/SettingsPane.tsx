/** Placeholder: built in issue 3 by the settings feature. */
export function SettingsPane() {
  return null;
}
