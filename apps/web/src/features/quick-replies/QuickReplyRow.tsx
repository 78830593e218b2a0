import type { QuickReplyView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/Button';
import { QuickReplyMediaIcon } from './QuickReplyMediaIcon';

/** One quick reply in the settings list: its /shortcut, the start of its text, its attachment. */
export function QuickReplyRow({
  reply,
  onEdit,
  onDelete,
}: {
  reply: QuickReplyView;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('quickReplies');
  const shortcut = `/${reply.shortcut}`;
  return (
    <li className="settings__row quick-reply-row" data-quick-reply-id={reply.id}>
      <span className="settings__item-label">
        <bdi className="quick-reply-row__shortcut">{shortcut}</bdi>
        <span className="settings__item-hint" dir="auto">
          {reply.text}
        </span>
      </span>
      {reply.mediaId !== null && <QuickReplyMediaIcon mediaId={reply.mediaId} />}
      <IconButton icon="edit" label={t('edit', { shortcut })} onClick={onEdit} />
      <IconButton icon="trash" label={t('delete', { shortcut })} onClick={onDelete} />
    </li>
  );
}
