import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../data/queries';
import { Icon } from '../../ui/Icon';
import { ConvertToBusinessDialog } from './convert/ConvertToBusinessDialog';

/**
 * The settings list's business row: a business opens its tools; a person may turn the account into
 * a business one. A platform number is run from the Business Platform, not from here.
 */
export function BusinessSettingsItem() {
  const { t } = useTranslation('business');
  const { data: me } = useMe();
  const [converting, setConverting] = useState(false);
  if (me?.kind === 'business') {
    return (
      <li>
        <Link to="/settings/business" className="settings__item">
          <Icon name="store" />
          <span className="settings__item-label">
            {t('tools.title')}
            <span className="settings__item-hint">{t('tools.hint')}</span>
          </span>
        </Link>
      </li>
    );
  }
  if (me?.kind !== 'personal') return null;
  return (
    <li>
      <button type="button" className="settings__item" onClick={() => setConverting(true)}>
        <Icon name="store" />
        <span className="settings__item-label">
          {t('convert.action')}
          <span className="settings__item-hint">{t('convert.hint')}</span>
        </span>
      </button>
      {converting && <ConvertToBusinessDialog name={me.name} onClose={() => setConverting(false)} />}
    </li>
  );
}
