import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';
import { useDeleteQuickReply } from './quick-reply-queries';

/** Asks before a quick reply goes. */
export function DeleteQuickReplyDialog({
  id,
  shortcut,
  onClose,
}: {
  id: string;
  shortcut: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('quickReplies');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const remove = useDeleteQuickReply();
  return (
    <Dialog
      title={t('deleteDialog.title')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{tc('cancel')}</Button>
          <Button
            variant="danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate(id, { onSuccess: onClose, onError: toast.showError })}
          >
            {t('deleteDialog.confirm')}
          </Button>
        </>
      }
    >
      <p className="muted">{t('deleteDialog.body', { shortcut: `/${shortcut}` })}</p>
    </Dialog>
  );
}
