/**
 * Where to go after signing in: the `?next=` address a signed-out visit was sent from. Only paths
 * inside the app count, so a crafted link cannot send anyone to another site.
 */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next !== null && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
