import { useTranslation } from 'react-i18next';
import { labelName } from './label-name';
import { useLabels } from './label-queries';
import { LabelDot } from './LabelDot';
import './labels.css';

/**
 * The business's labels as more chips beside All / Unread / Groups: pressing one shows only the
 * chats with it, pressing it again shows all.
 */
export function LabelFilterChips({
  selected,
  onSelect,
  className,
}: {
  selected: string | null;
  onSelect: (labelId: string | null) => void;
  className: string;
}) {
  const { t } = useTranslation('labels');
  const { data } = useLabels();
  return (
    <>
      {(data?.labels ?? []).map((label) => (
        <button
          key={label.id}
          type="button"
          className={className}
          aria-pressed={selected === label.id}
          onClick={() => onSelect(selected === label.id ? null : label.id)}
        >
          <span className="label-filter__dot">
            <LabelDot colour={label.colour} size={8} />
          </span>
          <bdi>{labelName(label, t)}</bdi>
        </button>
      ))}
    </>
  );
}
