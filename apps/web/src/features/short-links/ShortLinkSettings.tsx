import { useTranslation } from 'react-i18next';
import { useMe } from '../../data/queries';
import { Spinner } from '../../ui/Spinner';
import { SettingsHeader } from '../settings/SettingsHeader';
import { DefaultMessageForm } from './DefaultMessageForm';
import { ShortLinkCard } from './ShortLinkCard';
import { shortLinkUrl } from './short-link';
import './short-link-settings.css';

/**
 * Settings → Business tools → Short link: the link to chat with the business, its QR code to
 * download, and the message a link without text prefills.
 */
export function ShortLinkSettings() {
  const { t } = useTranslation('businessInfo');
  const { data: me } = useMe();
  return (
    <>
      <SettingsHeader title={t('shortLink.title')} back="/settings/business" />
      <div className="settings__body">
        {me === undefined ? (
          <div className="settings__center">
            <Spinner />
          </div>
        ) : me.kind === 'personal' ? (
          <p className="settings__note">{t('shortLink.businessOnly')}</p>
        ) : (
          <div className="short-link-settings">
            <p className="settings__note">{t('shortLink.intro')}</p>
            <ShortLinkCard link={shortLinkUrl(window.location.origin, me.phone)} phone={me.phone} />
            <DefaultMessageForm />
          </div>
        )}
      </div>
    </>
  );
}
