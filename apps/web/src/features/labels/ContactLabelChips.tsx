import { useLabelAssignments } from './label-queries';
import { LabelChips } from './LabelChips';

/** The labels on a saved contact, by its number. */
export function ContactLabelChips({ phone }: { phone: string }) {
  const { data: assignments } = useLabelAssignments();
  return <LabelChips labelIds={assignments?.contacts[phone] ?? []} />;
}
