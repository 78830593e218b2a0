import { useTranslation } from 'react-i18next';
import { useMediaUrl } from '../../../data/queries';

/** A sticker: a small WebP drawn on its own, without a frame (a fixed box, so nothing jumps). */
export function StickerContent({ mediaId }: { mediaId: string }) {
  const { t } = useTranslation('media');
  const file = useMediaUrl(mediaId, 'file');
  return (
    <span className="sticker">
      {file.data !== undefined && <img className="sticker__image" src={file.data} alt={t('sticker')} />}
    </span>
  );
}
