import type { ClientContent } from '@parley/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../../data/parley-context';
import { isAbort, uploadMedia } from '../../../data/upload-media';
import { formatFileSize } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useToast } from '../../../ui/Toasts';
import { FilePreview } from './FilePreview';
import type { AttachableFile, AttachKind } from './media-rules';
import type { SendContent } from './send-content';
import './media-preview-dialog.css';

interface Item extends AttachableFile {
  readonly caption: string;
}

const CAPTION_MAX = 1024;
const FILENAME_MAX = 240;

/**
 * The files about to be sent, each with its own caption, as WhatsApp's preview. Send uploads them
 * one by one with a progress bar, sending each message once its file is up; closing cancels.
 */
export function MediaPreviewDialog({
  files,
  onSend,
  onClose,
}: {
  files: readonly AttachableFile[];
  onSend: SendContent;
  onClose: () => void;
}) {
  const { t } = useTranslation('media');
  const { session } = useParley();
  const toast = useToast();
  const [items, setItems] = useState<readonly Item[]>(() => files.map((file) => ({ ...file, caption: '' })));
  const [selected, setSelected] = useState(0);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const upload = useRef<AbortController | null>(null);
  const current = items[Math.min(selected, items.length - 1)]!;
  const uploading = progress !== null;

  const close = () => {
    upload.current?.abort();
    onClose();
  };

  const setCaption = (caption: string) =>
    setItems((all) => all.map((item) => (item === current ? { ...item, caption } : item)));

  const send = async () => {
    const controller = new AbortController();
    upload.current = controller;
    const total = items.reduce((sum, item) => sum + item.file.size, 0);
    let done = 0;
    let sentCount = 0;
    setProgress({ sent: 0, total });
    try {
      for (const item of items) {
        const media = await uploadMedia(item.file, {
          token: session.token,
          contentType: item.contentType,
          filename: item.file.name,
          signal: controller.signal,
          onProgress: (sent) => setProgress({ sent: done + sent, total }),
        });
        done += item.file.size;
        await onSend(contentOf(item, media.id));
        sentCount += 1;
      }
      onClose();
    } catch (error) {
      if (isAbort(error)) return;
      // What was sent leaves the preview, so sending again sends only the rest.
      setItems((all) => all.slice(sentCount));
      setSelected(0);
      setProgress(null);
      toast.showError(error);
    }
  };

  const title =
    items.length > 1 ? t('preview.titleMany', { count: items.length }) : t(`preview.title.${current.kind}`);
  return (
    <Dialog
      title={title}
      onClose={close}
      actions={
        <>
          <Button onClick={close}>{t('cancel')}</Button>
          <Button variant="primary" disabled={uploading} onClick={() => void send()}>
            {t('preview.send')}
          </Button>
        </>
      }
    >
      <div className="media-preview">
        <FilePreview key={`${current.file.name}-${selected}`} item={current} />
        <input
          className="field__input"
          dir="auto"
          maxLength={CAPTION_MAX}
          placeholder={t('preview.caption')}
          aria-label={t('preview.caption')}
          value={current.caption}
          disabled={uploading}
          onChange={(event) => setCaption(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !uploading) {
              event.preventDefault();
              void send();
            }
          }}
        />
        {items.length > 1 && (
          <div className="media-preview__strip" role="group" aria-label={t('preview.files')}>
            {items.map((item, index) => (
              <button
                key={index}
                type="button"
                className="media-preview__pick"
                aria-pressed={index === selected}
                aria-label={item.file.name}
                title={item.file.name}
                disabled={uploading}
                onClick={() => setSelected(index)}
              >
                <FilePreview item={item} small />
              </button>
            ))}
          </div>
        )}
        {progress !== null && (
          <div className="media-preview__progress">
            <progress max={progress.total} value={progress.sent} aria-label={t('preview.uploading')} />
            <span className="muted">
              {t('preview.progress', {
                sent: formatFileSize(progress.sent),
                total: formatFileSize(progress.total),
              })}
            </span>
          </div>
        )}
      </div>
    </Dialog>
  );
}

function contentOf(item: Item, mediaId: string): ClientContent {
  const caption = item.caption.trim() === '' ? {} : { caption: item.caption.trim() };
  const kind: AttachKind = item.kind;
  if (kind === 'document') {
    return {
      type: 'document',
      content: { mediaId, filename: item.file.name.slice(0, FILENAME_MAX), ...caption },
    };
  }
  return { type: kind, content: { mediaId, ...caption } };
}
