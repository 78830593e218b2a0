import type { LabelView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/Button';
import { labelName } from './label-name';
import { LabelDot } from './LabelDot';

/** One label in the settings list: colour, name, how many chats and contacts carry it. */
export function LabelRow({
  label,
  onEdit,
  onDelete,
}: {
  label: LabelView;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('labels');
  const name = labelName(label, t);
  return (
    <li className="settings__row label-row" data-label-id={label.id}>
      <LabelDot colour={label.colour} size={16} />
      <span className="settings__item-label">
        <bdi className="label-row__name">{name}</bdi>
        <span className="settings__item-hint">
          {t('list.chats', { count: label.chatCount })}
          {' · '}
          {t('list.contacts', { count: label.contactCount })}
        </span>
      </span>
      <IconButton icon="edit" label={t('edit', { name })} onClick={onEdit} />
      <IconButton icon="trash" label={t('delete', { name })} onClick={onDelete} />
    </li>
  );
}
