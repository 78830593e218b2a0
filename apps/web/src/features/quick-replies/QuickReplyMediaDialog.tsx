import type { ClientContent, QuickReplyView } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediaInfo } from '../../data/queries';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import type { SendContent } from '../chat/attach/send-content';
import { QuickReplyMediaIcon } from './QuickReplyMediaIcon';
import { replyMediaKind } from './reply-media-kind';
import './quick-replies.css';

const CAPTION_MAX = 1024;

/**
 * A quick reply with a file, as the attach preview: the file with the reply's text as its caption,
 * editable, then Send. A text longer than a caption may be follows the file as its own message.
 */
export function QuickReplyMediaDialog({
  reply,
  send,
  onClose,
}: {
  reply: QuickReplyView;
  send: SendContent;
  onClose: () => void;
}) {
  const { t } = useTranslation('quickReplies');
  const { t: tc } = useTranslation();
  const { data: info } = useMediaInfo(reply.mediaId);
  const [caption, setCaption] = useState(reply.text);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (info === undefined || reply.mediaId === null) return;
    setBusy(true);
    const body = caption.trim();
    const fits = [...body].length <= CAPTION_MAX;
    const captioned = fits && body !== '' ? { caption: body } : {};
    const mediaId = reply.mediaId;
    const kind = replyMediaKind(info.kind);
    const content: ClientContent =
      kind === 'document'
        ? { type: 'document', content: { mediaId, filename: info.filename ?? reply.shortcut, ...captioned } }
        : { type: kind, content: { mediaId, ...captioned } };
    onClose();
    await send(content);
    if (!fits) await send({ type: 'text', content: { body } });
  };

  return (
    <Dialog
      title={t('send.title', { shortcut: `/${reply.shortcut}` })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{tc('cancel')}</Button>
          <Button variant="primary" disabled={busy || info === undefined} onClick={() => void submit()}>
            {t('send.send')}
          </Button>
        </>
      }
    >
      <div className="quick-reply-send">
        {reply.mediaId !== null && <QuickReplyMediaIcon mediaId={reply.mediaId} />}
        <bdi className="quick-reply-media__name">
          {info?.filename ?? t(`media.${replyMediaKind(info?.kind)}`)}
        </bdi>
        <textarea
          className="field__input"
          rows={3}
          dir="auto"
          value={caption}
          aria-label={t('send.caption')}
          onChange={(event) => setCaption(event.target.value)}
        />
      </div>
    </Dialog>
  );
}
