import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';
import { useDeleteLabel } from './label-queries';

/** Asks before a label goes: it leaves every chat and contact with it. */
export function DeleteLabelDialog({
  labelId,
  name,
  onClose,
}: {
  labelId: string;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('labels');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const remove = useDeleteLabel();
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
            onClick={() => remove.mutate(labelId, { onSuccess: onClose, onError: toast.showError })}
          >
            {t('deleteDialog.confirm')}
          </Button>
        </>
      }
    >
      <p className="muted">{t('deleteDialog.body', { name })}</p>
    </Dialog>
  );
}
