/** Group members' names in distinct, stable colours, readable on both themes. */
const COLORS = ['#1f8f6a', '#3b82f6', '#a855f7', '#e0457b', '#d97706', '#0891b2', '#7c3aed', '#dc2626'];

export function senderColor(accountId: string): string {
  let hash = 0;
  for (const char of accountId) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return COLORS[hash % COLORS.length]!;
}
