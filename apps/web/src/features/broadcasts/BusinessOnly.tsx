import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../data/queries';
import { Spinner } from '../../ui/Spinner';

/**
 * Shows a Business app tool to business accounts only; a person who opens its address gets a
 * sentence instead of a page of refusals.
 */
export function BusinessOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('broadcasts');
  const { data: me } = useMe();
  if (me === undefined) {
    return (
      <div className="settings__center">
        <Spinner />
      </div>
    );
  }
  if (me.kind !== 'business') return <p className="settings__note">{t('notBusiness')}</p>;
  return children;
}
