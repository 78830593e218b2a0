import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import type { Audience } from './audience';
import { saveErrorKey } from './save-error';

/** The form's Save button, with the server's refusal of the last save above it. */
export function SaveRow({
  pending,
  error,
  sentAudience,
}: {
  pending: boolean;
  error: unknown;
  /** The audience of the refused save, which tells what the refusal is about. */
  sentAudience: Audience | undefined;
}) {
  const { t } = useTranslation(['autoReplies', 'common']);
  return (
    <div className="auto-reply__actions">
      {error !== null && sentAudience !== undefined && (
        <p className="auto-reply__error" role="alert">
          {t(saveErrorKey(error, sentAudience))}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={pending}>
        {t('common:save')}
      </Button>
    </div>
  );
}
