import type { RecipientStatus } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Ticks } from '../../ui/Ticks';
import { statusDisplay } from './recipient-status';

/** ✓ sent, ✓✓ delivered, blue ✓✓ read with the word beside it; else why nothing arrived. */
export function RecipientStatusLabel({ status }: { status: RecipientStatus }) {
  const { t } = useTranslation('broadcasts');
  const { t: common } = useTranslation();
  const display = statusDisplay(status);
  if (display.kind === 'refused') {
    return (
      <span className="recipient-status recipient-status--refused" data-status={status}>
        {t(display.reasonKey)}
      </span>
    );
  }
  return (
    <span className="recipient-status" data-status={status}>
      <Ticks status={display.ticks} />
      <span aria-hidden="true">{common(`status.${display.ticks}`)}</span>
    </span>
  );
}
