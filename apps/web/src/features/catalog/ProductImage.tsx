import { useMediaUrl } from '../../data/queries';
import { Icon } from '../../ui/Icon';

/** An item's picture (its thumbnail unless `full`), or a bag where it has none. */
export function ProductImage({
  mediaId,
  alt,
  full = false,
  className = 'product-image',
}: {
  mediaId: string | undefined;
  alt: string;
  full?: boolean;
  className?: string;
}) {
  const { data: url } = useMediaUrl(mediaId, full ? 'file' : 'thumbnail');
  if (mediaId === undefined || url === undefined) {
    return (
      <span className={`${className} product-image--empty`} role="img" aria-label={alt}>
        <Icon name="store" />
      </span>
    );
  }
  return <img className={className} src={url} alt={alt} />;
}
