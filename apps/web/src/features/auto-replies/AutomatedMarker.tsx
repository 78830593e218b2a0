import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import './automated-marker.css';

/** Marks, in the business's own view, a greeting or away message the server sent for it. */
export function AutomatedMarker() {
  const { t } = useTranslation('autoReplies');
  return (
    <span className="automated-marker" role="img" aria-label={t('marker')} title={t('marker')}>
      <Icon name="bolt" size={13} />
    </span>
  );
}
