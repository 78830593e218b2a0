import { labelIdsOf } from './label-assignments';
import { useLabelAssignments } from './label-queries';
import { LabelChips } from './LabelChips';

/** The labels on a chat row: the chat's own and its peer's as a saved contact. */
export function ChatLabelChips({ chatId, peerPhone }: { chatId: string; peerPhone?: string }) {
  const { data: assignments } = useLabelAssignments();
  return <LabelChips labelIds={labelIdsOf(assignments, chatId, peerPhone)} />;
}
