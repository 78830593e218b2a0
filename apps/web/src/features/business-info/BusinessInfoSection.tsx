import type { BusinessProfileView } from '@parley/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../ui/Icon';
import { openStreetMapUrl } from '../chat/content/LocationCard';
import { OpeningHoursList } from './OpeningHoursList';
import { OpenStatus } from './OpenStatus';
import { useBusinessProfile } from './use-business-profile';
import './business-info-section.css';

/** Only web addresses become links: a profile's text must never turn into a script URL. */
const WEB_URL = /^https?:\/\//i;

/**
 * A business's profile in its contact info, as WhatsApp shows it: category, description, hours
 * with whether it is open now, address with a map link, email and websites. Empty fields are left out.
 */
export function BusinessInfoSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation('businessInfo');
  const { data: profile, dataUpdatedAt } = useBusinessProfile(accountId);
  if (profile === undefined) return null;
  return (
    <section className="chat-info__section business-info" aria-label={t('info.title')}>
      <ul className="business-info__rows">
        {profile.category !== 'UNDEFINED' && (
          <Row icon="store" label={t('info.category')}>
            {t(`business:categories.${profile.category}`)}
          </Row>
        )}
        {profile.description !== '' && (
          <Row icon="info" label={t('info.description')}>
            <p className="business-info__description" dir="auto">
              {profile.description}
            </p>
          </Row>
        )}
        {profile.hours !== null && (
          <Row icon="clock" label={t('info.hours')}>
            {profile.openNow !== null && <OpenStatus openNow={profile.openNow} />}
            <OpeningHoursList hours={profile.hours} now={dataUpdatedAt} />
          </Row>
        )}
        {(profile.address !== '' || profile.location !== null) && (
          <Row icon="location" label={t('info.address')}>
            <AddressText profile={profile} />
          </Row>
        )}
        {profile.email !== '' && (
          <Row icon="mail" label={t('info.email')}>
            <a href={`mailto:${profile.email}`} dir="ltr">
              {profile.email}
            </a>
          </Row>
        )}
        {profile.websites.some((site) => WEB_URL.test(site)) && (
          <Row icon="globe" label={t('info.websites')}>
            {profile.websites
              .filter((site) => WEB_URL.test(site))
              .map((site) => (
                <a key={site} href={site} target="_blank" rel="noopener noreferrer" dir="ltr">
                  {site}
                </a>
              ))}
          </Row>
        )}
      </ul>
    </section>
  );
}

function Row({ icon, label, children }: { icon: IconName; label: string; children: ReactNode }) {
  return (
    <li className="business-info__row">
      <Icon name={icon} label={label} />
      <div className="business-info__value">{children}</div>
    </li>
  );
}

/** The address, and a link to OpenStreetMap: at its point when the business set one, else searched by text. */
function AddressText({ profile }: { profile: BusinessProfileView }) {
  const { t } = useTranslation('businessInfo');
  const mapUrl =
    profile.location !== null
      ? openStreetMapUrl(profile.location)
      : `https://www.openstreetmap.org/search?query=${encodeURIComponent(profile.address)}`;
  return (
    <>
      {profile.address !== '' && (
        <p className="business-info__address" dir="auto">
          {profile.address}
        </p>
      )}
      <a href={mapUrl} target="_blank" rel="noopener noreferrer">
        {t('info.showOnMap')}
      </a>
    </>
  );
}
