/** Placeholder: built in issue 3 by the auth feature. */
export function ProfileSetupPage() {
  return null;
}
