import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../../ui/Button';
import { saveFile } from './save-file';
import './lightbox.css';

/**
 * A photo full screen on a native modal <dialog>: the page behind is inert, focus stays inside,
 * Escape closes, and so does a click beside the photo.
 */
export function Lightbox({ src, filename, onClose }: { src: string; filename: string; onClose: () => void }) {
  const { t } = useTranslation('media');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="lightbox"
      aria-label={t('lightbox.title')}
      onClose={onClose}
      onCancel={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="lightbox__bar">
        <span className="lightbox__name" dir="auto">
          {filename}
        </span>
        <IconButton icon="download" label={t('download')} onClick={() => saveFile(src, filename)} />
        <IconButton icon="close" label={t('lightbox.close')} onClick={onClose} autoFocus />
      </div>
      <div
        className="lightbox__stage"
        onClick={(event) => {
          if (event.target === event.currentTarget) onClose();
        }}
      >
        <img className="lightbox__image" src={src} alt={t('lightbox.image')} />
      </div>
    </dialog>
  );
}
