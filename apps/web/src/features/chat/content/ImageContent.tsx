import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediaInfo, useMediaUrl } from '../../../data/queries';
import { Icon } from '../../../ui/Icon';
import { Spinner } from '../../../ui/Spinner';
import { Lightbox } from './Lightbox';
import { boxStyle, fitBox } from './media-box';
import { fallbackFilename } from './save-file';

/**
 * A photo in a bubble: its box is reserved from the size the server read, the small thumbnail
 * shows (blurred) while the full image loads, and a click opens it full screen.
 */
export function ImageContent({ mediaId }: { mediaId: string }) {
  const { t } = useTranslation('media');
  const info = useMediaInfo(mediaId);
  const thumbnail = useMediaUrl(info.data?.hasThumbnail === true ? mediaId : null, 'thumbnail');
  const full = useMediaUrl(mediaId, 'file');
  const [viewing, setViewing] = useState(false);
  const src = full.data ?? thumbnail.data;
  return (
    <>
      <button
        type="button"
        className="media-frame"
        style={boxStyle(fitBox(info.data?.width, info.data?.height))}
        aria-label={t('image.open')}
        disabled={full.data === undefined}
        onClick={() => setViewing(true)}
      >
        {src !== undefined && (
          <img
            className={
              full.data === undefined
                ? 'media-frame__media media-frame__media--preview'
                : 'media-frame__media'
            }
            src={src}
            alt=""
          />
        )}
        {full.isError ? (
          <span className="media-frame__status">
            <Icon name="image" />
            {t('unavailable')}
          </span>
        ) : (
          full.data === undefined && (
            <span className="media-frame__status">
              <Spinner />
            </span>
          )
        )}
      </button>
      {viewing && full.data !== undefined && (
        <Lightbox
          src={full.data}
          filename={info.data?.filename ?? fallbackFilename(mediaId, info.data?.mimeType)}
          onClose={() => setViewing(false)}
        />
      )}
    </>
  );
}
