import { ParleyApiError } from '@parley/sdk';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../../data/parley-context';
import { queryKeys } from '../../../data/query-keys';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/TextField';
import { errorKey, useToast } from '../../../ui/Toasts';
import { QrScanner, canScanQrCodes } from './QrScanner';

/** Refusals of an approval that the person can act on, each with its own advice. */
const LINK_ERRORS = ['invalid_argument', 'not_found', 'expired', 'conflict', 'limit_exceeded'];

/** The phone approves a new browser by the code that browser shows: typed, or scanned from its QR code. */
export function LinkDeviceDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['settings', 'common']);
  const { client } = useParley();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [code, setCode] = useState('');
  const [scanning, setScanning] = useState(false);
  const approve = useMutation({
    mutationFn: (value: string) => client.request('POST', '/v1/devices/link', { code: value }),
    onSuccess: () => {
      toast.show(t('settings:devices.linked'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.devices });
      onClose();
    },
  });
  const error =
    approve.error === null
      ? undefined
      : approve.error instanceof ParleyApiError && LINK_ERRORS.includes(approve.error.code)
        ? t(`settings:devices.linkErrors.${approve.error.code}`)
        : t(`common:${errorKey(approve.error)}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim() !== '') approve.mutate(code.trim());
  };

  return (
    <Dialog title={t('settings:devices.link')} onClose={onClose}>
      <form className="settings__link-form" onSubmit={submit} noValidate>
        <p className="settings__note">{t('settings:devices.linkHelp')}</p>
        {scanning && (
          <QrScanner
            onCode={(scanned) => {
              setScanning(false);
              setCode(scanned);
              approve.mutate(scanned);
            }}
          />
        )}
        <TextField
          label={t('settings:devices.code')}
          name="link-code"
          dir="ltr"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus
          value={code}
          onChange={(event) => {
            setCode(event.target.value.toUpperCase());
            approve.reset();
          }}
          error={error}
        />
        <div className="dialog__actions">
          {canScanQrCodes() && !scanning && (
            <Button onClick={() => setScanning(true)}>{t('settings:devices.scan')}</Button>
          )}
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="primary" disabled={code.trim() === '' || approve.isPending}>
            {t('settings:devices.approve')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
