import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';

const REASON_MAX = 500;

/** Reports an account to the server's operator, with a reason in the reporter's words. */
export function ReportDialog({
  accountId,
  chatId,
  name,
  onClose,
}: {
  accountId: string;
  chatId: string;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('groups');
  const { t: tc } = useTranslation();
  const { client } = useParley();
  const toast = useToast();
  const id = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    try {
      await client.request('POST', '/v1/reports', { accountId, chatId, reason: reason.trim() });
      toast.show(t('report.sent'));
      onClose();
    } catch (error) {
      toast.showError(error);
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t('report.title', { name })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{tc('cancel')}</Button>
          <Button variant="primary" disabled={busy || reason.trim() === ''} onClick={() => void send()}>
            {t('report.send')}
          </Button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('report.reason')}
        </label>
        <textarea
          id={id}
          className="field__input"
          rows={4}
          maxLength={REASON_MAX}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
    </Dialog>
  );
}
