/** The four daily counts, in the order and theme colours the chart and the totals share. */
export const ACTIVITY = [
  { key: 'sent', colorVar: '--statistics-sent' },
  { key: 'delivered', colorVar: '--statistics-delivered' },
  { key: 'read', colorVar: '--statistics-read' },
  { key: 'received', colorVar: '--statistics-received' },
] as const;

export type ActivityKey = (typeof ACTIVITY)[number]['key'];
