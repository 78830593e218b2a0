import { useTranslation } from 'react-i18next';
import { useMe } from '../../data/queries';
import { BusinessToolPage } from '../business/tools/BusinessToolPage';
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
  return (
    <BusinessToolPage title={t('shortLink.title')}>
      <ShortLink />
    </BusinessToolPage>
  );
}

function ShortLink() {
  const { t } = useTranslation('businessInfo');
  // The page shows this only once the account is known to be a business.
  const { data: me } = useMe();
  if (me === undefined) return null;
  return (
    <div className="short-link-settings">
      <p className="settings__note">{t('shortLink.intro')}</p>
      <ShortLinkCard link={shortLinkUrl(window.location.origin, me.phone)} phone={me.phone} />
      <DefaultMessageForm />
    </div>
  );
}
