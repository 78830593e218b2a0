import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../ui/Toasts';
import { listErrorMessage } from './list-error';

/** Says why a list was refused: in the owner's words where it can be fixed, else generically. */
export function useListError(): (error: unknown) => void {
  const { t } = useTranslation('broadcasts');
  const toast = useToast();
  return useCallback(
    (error: unknown) => {
      const message = listErrorMessage(error);
      if (message === undefined) toast.showError(error);
      else toast.show(t(message.key, message.values), 'error');
    },
    [t, toast],
  );
}
