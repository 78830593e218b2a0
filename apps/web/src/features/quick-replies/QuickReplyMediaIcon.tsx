import { useTranslation } from 'react-i18next';
import { useMediaInfo, useMediaUrl } from '../../data/queries';
import { Icon } from '../../ui/Icon';
import { replyMediaKind } from './reply-media-kind';

/** A quick reply's attachment in small: the thumbnail of a photo or video, else a document icon. */
export function QuickReplyMediaIcon({ mediaId }: { mediaId: string }) {
  const { t } = useTranslation('quickReplies');
  const { data: info } = useMediaInfo(mediaId);
  const { data: thumbnail } = useMediaUrl(info?.hasThumbnail === true ? mediaId : undefined, 'thumbnail');
  const kind = replyMediaKind(info?.kind);
  const label = t(`media.${kind}`);
  return (
    <span className="quick-reply-media-icon">
      {thumbnail !== undefined ? (
        <img src={thumbnail} alt={label} />
      ) : (
        <Icon name={kind === 'document' ? 'document' : 'image'} label={label} />
      )}
    </span>
  );
}
