import { labelIdsOf } from './label-assignments';
import { useLabelAssignments } from './label-queries';

/** Whether a chat (with its peer's number) carries a label, for the chat list's label filter. */
export function useLabelFilter(labelId: string | null): (chatId: string, peerPhone?: string) => boolean {
  const { data: assignments } = useLabelAssignments();
  return (chatId, peerPhone) =>
    labelId === null || labelIdsOf(assignments, chatId, peerPhone).includes(labelId);
}
