import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';

/** A settings page's body until its data is in: a spinner, or Retry once loading failed. */
export function SettingsLoading({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="settings__center">
      {failed ? <Button onClick={onRetry}>{t('retry')}</Button> : <Spinner />}
    </div>
  );
}
