/** Placeholder: built in issue 3 by the groups feature. */
export function JoinGroupPage() {
  return null;
}
