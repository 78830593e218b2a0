import type { BroadcastListView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';
import { useDeleteBroadcastList } from './broadcast-queries';

/** Asks before a list goes; what was sent to it stays in the chats and in the sent broadcasts. */
export function DeleteListDialog({
  list,
  onClose,
  onDeleted,
}: {
  list: BroadcastListView;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('broadcasts');
  const { t: common } = useTranslation();
  const toast = useToast();
  const remove = useDeleteBroadcastList();
  return (
    <Dialog
      title={t('list.deleteTitle')}
      onClose={onClose}
      actions={
        <>
          <Button variant="ghost" onClick={onClose}>
            {common('cancel')}
          </Button>
          <Button
            variant="danger"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(list.id, {
                onSuccess: () => {
                  toast.show(t('list.deleted'));
                  onDeleted();
                },
                onError: toast.showError,
              })
            }
          >
            {t('list.deleteConfirm')}
          </Button>
        </>
      }
    >
      <p>{t('list.deleteBody', { name: list.name })}</p>
    </Dialog>
  );
}
