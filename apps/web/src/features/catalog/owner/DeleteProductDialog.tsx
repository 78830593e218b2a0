import type { ProductView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useToast } from '../../../ui/Toasts';
import { useDeleteProduct } from '../catalog-queries';

/** Asks before deleting an item; it also leaves every collection. */
export function DeleteProductDialog({
  product,
  onClose,
  onDeleted,
}: {
  product: ProductView;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('catalog');
  const toast = useToast();
  const remove = useDeleteProduct();
  return (
    <Dialog
      title={t('editor.deleteTitle', { name: product.name })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button
            variant="danger"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(product.id, {
                onSuccess: () => {
                  onClose();
                  onDeleted();
                },
                onError: toast.showError,
              })
            }
          >
            {t('editor.delete')}
          </Button>
        </>
      }
    >
      <p>{t('editor.deleteBody')}</p>
    </Dialog>
  );
}
