/** Placeholder: built in issue 3 by the auth feature. */
export function LinkDevicePage() {
  return null;
}
