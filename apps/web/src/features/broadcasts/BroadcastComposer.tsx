import type { BroadcastView } from '@parley/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import { uploadMedia } from '../../data/upload-media';
import { formatFileSize } from '../../i18n/format';
import { Button, IconButton } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import {
  classifyFile,
  DOCUMENT_ACCEPT,
  isProblem,
  VISUAL_ACCEPT,
  type AttachableFile,
} from '../chat/attach/media-rules';
import { broadcastContent, CAPTION_MAX, TEXT_MAX } from './broadcast-content';
import { useSendBroadcast } from './broadcast-queries';
import { useListError } from './use-list-error';

/** Writes one message (text, or a photo, video or document with a caption) and sends it to a list. */
export function BroadcastComposer({
  listId,
  recipientCount,
  onSent,
}: {
  listId: string;
  recipientCount: number;
  onSent: (broadcast: BroadcastView) => void;
}) {
  const { t } = useTranslation('broadcasts');
  const { t: media } = useTranslation('media');
  const { session } = useParley();
  const toast = useToast();
  const showError = useListError();
  const send = useSendBroadcast(listId);
  const textId = useId();
  const visualInput = useRef<HTMLInputElement>(null);
  const documentInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<AttachableFile | null>(null);
  const [uploading, setUploading] = useState(false);
  const busy = uploading || send.isPending;
  const empty = text.trim() === '' && file === null;

  const pick = (picked: File | undefined, kind: 'visual' | 'document') => {
    if (picked === undefined) return;
    const result = classifyFile(picked, kind);
    if (!isProblem(result)) {
      setFile(result);
      return;
    }
    toast.show(
      result.reason === 'tooLarge'
        ? media('attach.tooLarge', { name: result.name, limit: formatFileSize(result.limit) })
        : media('attach.unsupported', { name: result.name }),
      'error',
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (empty || busy) return;
    try {
      let attachment;
      if (file !== null) {
        setUploading(true);
        const uploaded = await uploadMedia(file.file, {
          token: session.token,
          contentType: file.contentType,
          filename: file.file.name,
        });
        attachment = { kind: file.kind, mediaId: uploaded.id, filename: file.file.name };
      }
      const content = broadcastContent(text, attachment);
      if (content === null) return;
      const broadcast = await send.mutateAsync(content);
      setText('');
      setFile(null);
      onSent(broadcast);
    } catch (error) {
      showError(error);
    } finally {
      setUploading(false);
    }
  };

  return (
    <form
      className="broadcast-composer"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${textId}-title`}
    >
      <h3 id={`${textId}-title`} className="broadcast-composer__title">
        {t('compose.title')}
      </h3>
      <label className="field__label" htmlFor={textId}>
        {t(file === null ? 'compose.message' : 'compose.caption')}
      </label>
      <textarea
        id={textId}
        name="broadcast"
        className="field__input broadcast-composer__text"
        rows={3}
        dir="auto"
        maxLength={file === null ? TEXT_MAX : CAPTION_MAX}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {file !== null && (
        <div className="broadcast-composer__file">
          <Icon name={file.kind === 'document' ? 'document' : 'image'} size={18} />
          <bdi className="broadcast-composer__file-name">{file.file.name}</bdi>
          <IconButton
            icon="close"
            label={t('compose.removeFile', { name: file.file.name })}
            onClick={() => setFile(null)}
          />
        </div>
      )}
      <div className="broadcast-composer__bar">
        <IconButton
          icon="image"
          label={t('compose.attachVisual')}
          disabled={busy}
          onClick={() => visualInput.current?.click()}
        />
        <IconButton
          icon="document"
          label={t('compose.attachDocument')}
          disabled={busy}
          onClick={() => documentInput.current?.click()}
        />
        <input
          ref={visualInput}
          type="file"
          hidden
          accept={VISUAL_ACCEPT}
          onChange={(event) => {
            pick(event.target.files?.[0], 'visual');
            event.target.value = '';
          }}
        />
        <input
          ref={documentInput}
          type="file"
          hidden
          accept={DOCUMENT_ACCEPT}
          onChange={(event) => {
            pick(event.target.files?.[0], 'document');
            event.target.value = '';
          }}
        />
        <span className="broadcast-composer__reach">{t('compose.reach', { count: recipientCount })}</span>
        <Button type="submit" variant="primary" disabled={empty || busy || recipientCount === 0}>
          <Icon name="send" size={18} />
          {busy ? t('compose.sending') : t('compose.send')}
        </Button>
      </div>
    </form>
  );
}
