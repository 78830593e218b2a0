/** Placeholder: built in issue 3 by the groups feature. */
export function NewGroupPane() {
  return null;
}
