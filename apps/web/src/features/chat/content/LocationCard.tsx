import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/setup';
import { Icon } from '../../../ui/Icon';
import './location-card.css';

export interface SharedLocation {
  readonly latitude: number;
  readonly longitude: number;
  readonly name?: string;
  readonly address?: string;
}

/** Where OpenStreetMap shows a point with a marker, at street level. */
export function openStreetMapUrl({ latitude, longitude }: SharedLocation): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`;
}

/**
 * A shared location. No map tiles are loaded (that would tell a tile server who looks where): a
 * drawn map stands in, and the card opens OpenStreetMap in a new tab.
 */
export function LocationCard({ location }: { location: SharedLocation }) {
  const { t } = useTranslation('media');
  const degrees = new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 5 });
  const coordinates = t('location.coordinates', {
    latitude: degrees.format(location.latitude),
    longitude: degrees.format(location.longitude),
  });
  return (
    <a className="location-card" href={openStreetMapUrl(location)} target="_blank" rel="noopener noreferrer">
      <span className="location-card__map" aria-hidden="true">
        <Icon name="location" size={36} />
      </span>
      <span className="location-card__text">
        {location.name !== undefined && location.name !== '' && (
          <strong className="location-card__name" dir="auto">
            {location.name}
          </strong>
        )}
        {location.address !== undefined && location.address !== '' && (
          <span dir="auto">{location.address}</span>
        )}
        <span className="location-card__coordinates">{coordinates}</span>
        <span className="location-card__open">{t('location.open')}</span>
      </span>
    </a>
  );
}
