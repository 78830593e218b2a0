import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import { useSessionState } from '../../session/session-context';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';
import { useDevices } from './settings-queries';

/**
 * A linked browser signs its device out on the server. The phone (primary) cannot be signed out
 * through the API (only a code sign-in elsewhere replaces it), so there it only forgets its token.
 */
export function LogOutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['settings', 'common']);
  const { client, session } = useParley();
  const { signOut } = useSessionState();
  const toast = useToast();
  const { data: devices } = useDevices();
  const [busy, setBusy] = useState(false);
  const primary = devices?.find((device) => device.current)?.kind !== 'linked';

  const logOut = async () => {
    setBusy(true);
    try {
      if (!primary) await client.request('DELETE', `/v1/devices/${session.deviceId}`);
      signOut();
    } catch (error) {
      toast.showError(error);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('settings:logOut.title')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button variant="primary" disabled={busy || devices === undefined} onClick={() => void logOut()}>
            {t('settings:logOut.action')}
          </Button>
        </>
      }
    >
      <p>{t(primary ? 'settings:logOut.primaryBody' : 'settings:logOut.linkedBody')}</p>
    </Dialog>
  );
}
