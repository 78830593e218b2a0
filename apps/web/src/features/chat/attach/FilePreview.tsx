import { useCallback } from 'react';
import { formatFileSize } from '../../../i18n/format';
import { Icon } from '../../../ui/Icon';
import type { AttachableFile } from './media-rules';

/**
 * A picked file before it is sent: the photo or video itself, or a document's name and size.
 * `small` is the strip's thumbnail.
 */
export function FilePreview({ item, small = false }: { item: AttachableFile; small?: boolean }) {
  const objectUrl = useObjectUrlRef(item.file);
  const className = small ? 'file-preview file-preview--small' : 'file-preview';
  if (item.kind === 'image') return <img ref={objectUrl} className={className} alt={item.file.name} />;
  if (item.kind === 'video' && !small)
    return <video ref={objectUrl} className={className} controls muted aria-label={item.file.name} />;
  return (
    <div className={`${className} file-preview--document`}>
      <Icon name={item.kind === 'video' ? 'play' : 'document'} size={small ? 22 : 48} />
      {!small && (
        <>
          <span className="file-preview__name" dir="auto">
            {item.file.name}
          </span>
          <span className="muted">{formatFileSize(item.file.size)}</span>
        </>
      )}
    </div>
  );
}

/**
 * Points an element at a local file for as long as it is shown. A ref callback with a cleanup
 * (React 19) revokes the URL exactly when the element goes, which an effect under StrictMode
 * would not do safely.
 */
function useObjectUrlRef(file: File) {
  return useCallback(
    (element: HTMLImageElement | HTMLVideoElement | null) => {
      if (element === null) return;
      const url = URL.createObjectURL(file);
      element.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [file],
  );
}
