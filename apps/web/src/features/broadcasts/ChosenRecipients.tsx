import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { toggleRecipient } from './recipient-selection';
import { useRecipientNames } from './use-recipient-names';

/** The numbers chosen so far, each removable; a number not in the contacts shows as itself. */
export function ChosenRecipients({
  selected,
  onChange,
}: {
  selected: readonly string[];
  onChange: (phones: string[]) => void;
}) {
  const { t } = useTranslation('broadcasts');
  const nameOf = useRecipientNames();
  if (selected.length === 0) return null;
  return (
    <ul className="list-editor__chips" aria-label={t('editor.chosen')}>
      {selected.map((phone) => {
        const label = nameOf(phone) ?? phone;
        return (
          <li key={phone} className="list-editor__chip">
            <bdi>{label}</bdi>
            <button
              type="button"
              className="list-editor__chip-remove"
              aria-label={t('editor.remove', { name: label })}
              onClick={() => onChange(toggleRecipient(selected, phone))}
            >
              <Icon name="close" size={14} />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
