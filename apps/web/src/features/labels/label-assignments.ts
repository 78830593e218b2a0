import type { LabelAssignmentsView } from '@parley/contracts';

/**
 * The labels a chat carries, its own first, then those of its peer's saved number (a labelled
 * contact labels every chat with them), each once.
 */
export function labelIdsOf(
  assignments: LabelAssignmentsView | undefined,
  chatId: string,
  peerPhone?: string,
): string[] {
  if (assignments === undefined) return [];
  const own = assignments.chats[chatId] ?? [];
  const viaContact =
    peerPhone === undefined || peerPhone === '' ? [] : (assignments.contacts[peerPhone] ?? []);
  return [...new Set([...own, ...viaContact])];
}
