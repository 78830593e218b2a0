import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import { useMediaInfo } from '../../data/queries';
import { isAbort, uploadMedia } from '../../data/upload-media';
import { formatFileSize } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { classifyFile, DOCUMENT_ACCEPT, isProblem, VISUAL_ACCEPT } from '../chat/attach/media-rules';
import { QuickReplyMediaIcon } from './QuickReplyMediaIcon';
import { replyMediaKind } from './reply-media-kind';

/**
 * A quick reply's optional photo, video or document: uploaded when picked (with the attach menu's
 * rules and limits), shown small with its name, and removable.
 */
export function QuickReplyMediaField({
  mediaId,
  onChange,
  onBusyChange,
}: {
  mediaId: string | null;
  onChange: (mediaId: string | null) => void;
  onBusyChange: (busy: boolean) => void;
}) {
  const { t } = useTranslation('quickReplies');
  const { session } = useParley();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const { data: info } = useMediaInfo(mediaId);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    const visual = file.type.startsWith('image/') || file.type.startsWith('video/');
    const result = classifyFile(file, visual ? 'visual' : 'document');
    if (isProblem(result)) {
      toast.show(
        result.reason === 'tooLarge'
          ? t('media:attach.tooLarge', { name: result.name, limit: formatFileSize(result.limit) })
          : t('media:attach.unsupported', { name: result.name }),
        'error',
      );
      return;
    }
    setProgress(0);
    onBusyChange(true);
    try {
      const media = await uploadMedia(result.file, {
        token: session.token,
        contentType: result.contentType,
        filename: result.file.name,
        onProgress: (sent, total) => setProgress(total === 0 ? 1 : sent / total),
      });
      onChange(media.id);
    } catch (error) {
      if (!isAbort(error)) toast.showError(error);
    } finally {
      setProgress(null);
      onBusyChange(false);
    }
  };

  return (
    <div className="field quick-reply-media">
      <span className="field__label">{t('editor.media')}</span>
      {mediaId !== null && (
        <div className="quick-reply-media__current">
          <QuickReplyMediaIcon mediaId={mediaId} />
          <bdi className="quick-reply-media__name">
            {info?.filename ?? t(`media.${replyMediaKind(info?.kind)}`)}
          </bdi>
          <Button variant="ghost" onClick={() => onChange(null)}>
            {t('editor.removeMedia')}
          </Button>
        </div>
      )}
      {progress !== null ? (
        <progress max={1} value={progress} aria-label={t('editor.uploading')} />
      ) : (
        <Button className="quick-reply-media__add" onClick={() => input.current?.click()}>
          {t(mediaId === null ? 'editor.addMedia' : 'editor.replaceMedia')}
        </Button>
      )}
      <input
        ref={input}
        type="file"
        hidden
        accept={`${VISUAL_ACCEPT},${DOCUMENT_ACCEPT}`}
        aria-label={t('editor.addMedia')}
        onChange={(event) => void pick(event)}
      />
    </div>
  );
}
