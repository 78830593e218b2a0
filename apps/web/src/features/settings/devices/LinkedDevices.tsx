import type { DeviceView } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../data/queries';
import { Button } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import { Spinner } from '../../../ui/Spinner';
import { useDevices } from '../settings-queries';
import { SettingsHeader } from '../SettingsHeader';
import { DeviceRow } from './DeviceRow';
import { linkAllowance, LINKED_DEVICES, PREMIUM_LINKED_DEVICES } from './link-allowance';
import { LinkDeviceDialog } from './LinkDeviceDialog';

/** The phone and the browsers linked to it; the phone links new ones and signs them out. */
export function LinkedDevices() {
  const { t } = useTranslation(['settings', 'business']);
  const { data: devices } = useDevices();
  const { data: me } = useMe();
  const allowance = me === undefined ? LINKED_DEVICES : linkAllowance(me);
  const [linking, setLinking] = useState(false);
  const current = devices?.find((device) => device.current);
  const onPhone = current?.kind === 'primary';
  const linked = devices?.filter((device) => device.kind === 'linked') ?? [];
  const primary = devices?.find((device) => device.kind === 'primary');

  return (
    <>
      <SettingsHeader title={t('devices.title')} back="/settings" />
      <div className="settings__body">
        <div className="settings__devices-intro">
          <Icon name="devices" size={56} />
          <p className="settings__note">{t('devices.intro', { max: allowance })}</p>
          {me?.kind === 'business' && !me.premium && (
            <p className="settings__note">{t('business:devices.premium', { max: PREMIUM_LINKED_DEVICES })}</p>
          )}
          {onPhone && (
            <Button variant="primary" disabled={linked.length >= allowance} onClick={() => setLinking(true)}>
              {t('devices.link')}
            </Button>
          )}
          {onPhone && linked.length >= allowance && (
            <p className="settings__note">{t('devices.full', { max: allowance })}</p>
          )}
        </div>
        {devices === undefined ? (
          <div className="settings__center">
            <Spinner />
          </div>
        ) : (
          <>
            {primary !== undefined && <DeviceSection title={t('devices.phone')} devices={[primary]} />}
            <DeviceSection
              title={t('devices.linkedCount', { count: linked.length, max: allowance })}
              devices={linked}
              canSignOut={onPhone}
            />
          </>
        )}
      </div>
      {linking && <LinkDeviceDialog onClose={() => setLinking(false)} />}
    </>
  );
}

function DeviceSection({
  title,
  devices,
  canSignOut = false,
}: {
  title: string;
  devices: readonly DeviceView[];
  canSignOut?: boolean;
}) {
  return (
    <section className="settings__section" aria-label={title}>
      <h3 className="settings__section-title">{title}</h3>
      <ul className="settings__list">
        {devices.map((device) => (
          <DeviceRow key={device.id} device={device} canSignOut={canSignOut && !device.current} />
        ))}
      </ul>
    </section>
  );
}
