import type { ChatSummary } from '../../data/queries';

export const CHAT_FILTERS = ['all', 'unread', 'groups'] as const;
export type ChatFilter = (typeof CHAT_FILTERS)[number];

export function matchesFilter(summary: ChatSummary, filter: ChatFilter): boolean {
  if (filter === 'unread') return summary.unreadCount > 0;
  if (filter === 'groups') return summary.chat.kind === 'group';
  return true;
}

/** Pinned chats first, the latest pin on top; the rest keep the server's most-recent-first order. */
export function pinnedFirst(chats: readonly ChatSummary[]): ChatSummary[] {
  const pinned = chats
    .filter((summary) => summary.settings.pinnedAt !== null)
    .sort((a, b) => (b.settings.pinnedAt ?? 0) - (a.settings.pinnedAt ?? 0));
  return [...pinned, ...chats.filter((summary) => summary.settings.pinnedAt === null)];
}

/**
 * Whether a name or number matches what was typed: letters case-insensitively anywhere in the
 * name, digits anywhere in the number however it is spaced.
 */
export function matchesSearch(query: string, name: string, phone = ''): boolean {
  const wanted = query.trim().toLocaleLowerCase();
  if (wanted === '') return true;
  if (name.toLocaleLowerCase().includes(wanted)) return true;
  const digits = wanted.replace(/\D/g, '');
  return (
    digits.length > 0 && digits.length === wanted.replace(/[\s+()-]/g, '').length && phone.includes(digits)
  );
}
