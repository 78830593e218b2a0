import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../../data/parley-context';
import { uploadMedia } from '../../../data/upload-media';
import { IconButton } from '../../../ui/Button';
import { Spinner } from '../../../ui/Spinner';
import { useToast } from '../../../ui/Toasts';
import { PHOTO_TYPES } from '../../../ui/PhotoPicker';
import { MAX_IMAGES, moveOnePlace } from '../product-form';
import { ProductImage } from '../ProductImage';

/** An item's pictures in order (the first is the cover): add up to ten, move or remove each. */
export function ProductImagesField({
  ids,
  onChange,
}: {
  ids: readonly string[];
  /** Takes a change rather than a list: uploads finish one by one, after later edits. */
  onChange: (change: (ids: readonly string[]) => readonly string[]) => void;
}) {
  const { t } = useTranslation('catalog');
  const { session } = useParley();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(0);

  const upload = async (files: readonly File[]) => {
    const room = MAX_IMAGES - ids.length;
    const chosen = files.slice(0, Math.max(0, room));
    if (chosen.length < files.length) toast.show(t('editor.imagesLimit', { count: MAX_IMAGES }), 'error');
    setUploading((count) => count + chosen.length);
    for (const file of chosen) {
      try {
        const media = await uploadMedia(file, {
          token: session.token,
          contentType: file.type,
          filename: file.name,
        });
        onChange((current) => [...current, media.id]);
      } catch (error) {
        toast.showError(error);
      } finally {
        setUploading((count) => count - 1);
      }
    }
  };

  return (
    <fieldset className="product-images">
      <legend className="field__label">{t('editor.images', { used: ids.length, limit: MAX_IMAGES })}</legend>
      <ol className="product-images__list">
        {ids.map((id, index) => (
          <li key={id} className="product-images__item">
            <ProductImage mediaId={id} alt={t('editor.imageNumber', { number: index + 1 })} />
            <span className="product-images__tools">
              <IconButton
                icon="back"
                label={t('editor.moveImageEarlier', { number: index + 1 })}
                disabled={index === 0}
                onClick={() => onChange((current) => moveOnePlace(current, index, -1))}
              />
              <IconButton
                icon="trash"
                label={t('editor.removeImage', { number: index + 1 })}
                onClick={() => onChange((current) => current.filter((candidate) => candidate !== id))}
              />
            </span>
          </li>
        ))}
        {uploading > 0 && (
          <li className="product-images__item product-images__item--busy">
            <Spinner />
          </li>
        )}
      </ol>
      <button
        type="button"
        className="btn"
        disabled={ids.length + uploading >= MAX_IMAGES}
        onClick={() => input.current?.click()}
      >
        {t('editor.addImages')}
      </button>
      <input
        ref={input}
        type="file"
        accept={PHOTO_TYPES.join(',')}
        multiple
        hidden
        aria-label={t('editor.addImages')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void upload(files);
        }}
      />
    </fieldset>
  );
}
