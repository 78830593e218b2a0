import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../ui/Toasts';

/** Copies a share link and says so; a browser that refuses the clipboard is told too. */
export function useCopyLink() {
  const { t } = useTranslation('catalog');
  const toast = useToast();
  return useCallback(
    (link: string) =>
      navigator.clipboard.writeText(link).then(
        () => toast.show(t('link.copied')),
        () => toast.show(t('link.copyFailed'), 'error'),
      ),
    [t, toast],
  );
}
