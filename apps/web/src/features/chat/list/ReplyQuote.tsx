import { useTranslation } from 'react-i18next';
import { useDisplayName } from '../../../data/queries';
import { MessagePreview } from '../../chat-list/MessagePreview';
import { useMessageActions } from '../actions/message-actions-context';
import type { TimelineEntry } from '../store/chat-timeline';
import { senderColor } from './sender-color';

/** The quoted message above a reply; clicking it scrolls to the original. */
export function ReplyQuote({ quotedId, quoted }: { quotedId: string; quoted: TimelineEntry | undefined }) {
  const { t } = useTranslation('chat');
  const { jumpTo } = useMessageActions();
  const author = useDisplayName(quoted?.message.senderId);
  const color = quoted === undefined ? undefined : senderColor(quoted.message.senderId);
  return (
    <button
      type="button"
      className="reply-quote"
      style={{ borderInlineStartColor: color }}
      onClick={() => jumpTo(quotedId)}
      aria-label={t('bubble.goToQuoted')}
    >
      {quoted === undefined ? (
        <span className="reply-quote__text muted">{t('bubble.quotedElsewhere')}</span>
      ) : (
        <>
          <span className="reply-quote__author" style={{ color }} dir="auto">
            {author.self ? t('common:you') : author.name}
          </span>
          <span className="reply-quote__text" dir="auto">
            <MessagePreview message={quoted.message} />
          </span>
        </>
      )}
    </button>
  );
}
