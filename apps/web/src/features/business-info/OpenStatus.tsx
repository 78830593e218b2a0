import { useTranslation } from 'react-i18next';

/** "Open now" in green or "Closed now" in red, by the server's reading of the business's hours. */
export function OpenStatus({ openNow }: { openNow: boolean }) {
  const { t } = useTranslation('businessInfo');
  return (
    <span className={openNow ? 'open-status open-status--open' : 'open-status open-status--closed'}>
      {t(openNow ? 'info.openNow' : 'info.closedNow')}
    </span>
  );
}
