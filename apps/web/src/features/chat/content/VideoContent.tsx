import { useTranslation } from 'react-i18next';
import { useMediaUrl } from '../../../data/queries';
import { Icon } from '../../../ui/Icon';
import { Spinner } from '../../../ui/Spinner';
import { boxStyle, fitBox } from './media-box';

/**
 * A video in a bubble with the browser's own controls. The server does not read video sizes, so
 * the box is a fixed 16:9 and the video is letterboxed inside it: nothing moves when it loads.
 */
export function VideoContent({ mediaId }: { mediaId: string }) {
  const { t } = useTranslation('media');
  const file = useMediaUrl(mediaId, 'file');
  return (
    <div className="media-frame media-frame--video" style={boxStyle(fitBox(null, null))}>
      {file.data !== undefined ? (
        <video
          className="media-frame__media"
          src={file.data}
          controls
          preload="metadata"
          aria-label={t('video.label')}
        />
      ) : (
        <span className="media-frame__status">
          {file.isError ? (
            <>
              <Icon name="play" />
              {t('unavailable')}
            </>
          ) : (
            <Spinner />
          )}
        </span>
      )}
    </div>
  );
}
