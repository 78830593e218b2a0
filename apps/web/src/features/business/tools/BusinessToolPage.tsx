import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../data/queries';
import { Spinner } from '../../../ui/Spinner';
import { SettingsHeader } from '../../settings/SettingsHeader';

/**
 * One page of a Business app tool in the settings pane: its header, then its body for business
 * accounts only; a person who opens its address gets a sentence instead of a page of refusals.
 */
export function BusinessToolPage({
  title,
  back = '/settings/business',
  children,
}: {
  title: string;
  back?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('business');
  const { data: me } = useMe();
  return (
    <>
      <SettingsHeader title={title} back={back} />
      <div className="settings__body">
        {me === undefined ? (
          <div className="settings__center">
            <Spinner />
          </div>
        ) : me.kind === 'business' ? (
          children
        ) : (
          <p className="settings__note">{t('tools.notBusiness')}</p>
        )}
      </div>
    </>
  );
}
