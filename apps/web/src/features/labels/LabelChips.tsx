import { useTranslation } from 'react-i18next';
import { labelName } from './label-name';
import { useLabels } from './label-queries';
import { LabelDot } from './LabelDot';
import './labels.css';

/** Small chips, colour and name, for the labels of a chat or a contact; nothing when there are none. */
export function LabelChips({ labelIds }: { labelIds: readonly string[] }) {
  const { t } = useTranslation('labels');
  const { data } = useLabels();
  const shown = (data?.labels ?? []).filter((label) => labelIds.includes(label.id));
  if (shown.length === 0) return null;
  const names = shown.map((label) => labelName(label, t));
  return (
    <span className="label-chips" role="list" aria-label={t('chips', { names: names.join(', ') })}>
      {shown.map((label, index) => (
        <span key={label.id} className="label-chip" role="listitem">
          <LabelDot colour={label.colour} size={8} />
          <bdi>{names[index]}</bdi>
        </span>
      ))}
    </span>
  );
}
