import type { DeviceView } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../../data/parley-context';
import { queryKeys } from '../../../data/query-keys';
import { formatListStamp } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Icon } from '../../../ui/Icon';
import { useToast } from '../../../ui/Toasts';

/** One device: its name, platform and last activity; the phone may sign a linked one out. */
export function DeviceRow({ device, canSignOut }: { device: DeviceView; canSignOut: boolean }) {
  const { t } = useTranslation(['settings', 'common']);
  const { client } = useParley();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const signOut = useMutation({
    mutationFn: () => client.request('DELETE', `/v1/devices/${device.id}`),
    onSuccess: () => {
      setConfirming(false);
      return queryClient.invalidateQueries({ queryKey: queryKeys.devices });
    },
    onError: toast.showError,
  });
  const activity = device.current
    ? t('settings:devices.activeNow')
    : device.lastActiveAt === null
      ? t('settings:devices.neverActive')
      : t('settings:devices.lastActive', { when: formatListStamp(device.lastActiveAt) });

  return (
    <li className="settings__row">
      <span className="settings__device-icon">
        <Icon name={device.kind === 'primary' ? 'person' : 'devices'} />
      </span>
      <span className="settings__item-label">
        {device.name}
        {device.current && <span className="settings__badge">{t('settings:devices.thisDevice')}</span>}
        <span className="settings__item-hint">
          {t('settings:devices.details', { platform: device.platform, activity })}
        </span>
      </span>
      {canSignOut && (
        <Button
          variant="danger"
          onClick={() => setConfirming(true)}
          aria-label={t('settings:devices.signOutName', { name: device.name })}
        >
          {t('settings:devices.signOut')}
        </Button>
      )}
      {confirming && (
        <Dialog
          title={t('settings:devices.signOutTitle', { name: device.name })}
          onClose={() => setConfirming(false)}
          actions={
            <>
              <Button onClick={() => setConfirming(false)}>{t('common:cancel')}</Button>
              <Button variant="primary" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
                {t('settings:devices.signOut')}
              </Button>
            </>
          }
        >
          <p>{t('settings:devices.signOutBody')}</p>
        </Dialog>
      )}
    </li>
  );
}
