import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplayName } from '../../../data/queries';
import { formatTime } from '../../../i18n/format';
import { Icon } from '../../../ui/Icon';
import { Ticks, type DeliveryStatus } from '../../../ui/Ticks';
import { AutomatedMarker } from '../../auto-replies/AutomatedMarker';
import { PlatformActions } from '../../platform-messages/PlatformActions';
import { MessageMenu } from '../actions/MessageMenu';
import type { TimelineEntry } from '../store/chat-timeline';
import { MessageContent, RICH_TYPES } from '../content/MessageContent';
import { ReactionChips } from './ReactionChips';
import { ReplyQuote } from './ReplyQuote';
import { senderColor } from './sender-color';
import './message-bubble.css';

export interface MessageBubbleProps {
  readonly entry: TimelineEntry;
  readonly quoted: TimelineEntry | undefined;
  readonly firstOfRun: boolean;
  readonly mine: boolean;
  readonly inGroup: boolean;
  readonly status: DeliveryStatus | undefined;
  readonly highlighted: boolean;
}

/**
 * A message bubble: mine on the inline-end side, others' on the start side; the first of a run has
 * a tail (and, in groups, the sender's name). Its menu opens from the chevron or a right click.
 */
export function MessageBubble({
  entry,
  quoted,
  firstOfRun,
  mine,
  inGroup,
  status,
  highlighted,
}: MessageBubbleProps) {
  const { t } = useTranslation('chat');
  const { message } = entry;
  const [menuOpen, setMenuOpen] = useState(false);
  const sender = useDisplayName(inGroup && !mine && firstOfRun ? message.senderId : undefined);
  const deleted = message.deletedAt !== null || message.content === null;
  const openMenu = (event: MouseEvent) => {
    event.preventDefault();
    setMenuOpen(true);
  };
  const classes = [
    'message-row',
    mine ? 'message-row--mine' : 'message-row--theirs',
    firstOfRun ? 'message-row--first' : '',
    highlighted ? 'message-row--highlighted' : '',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')} data-message-id={message.id}>
      <article className="bubble" onContextMenu={deleted ? undefined : openMenu}>
        {inGroup && !mine && firstOfRun && (
          <span className="bubble__sender" style={{ color: senderColor(message.senderId) }} dir="auto">
            {sender.name}
          </span>
        )}
        {message.forwarded && !deleted && (
          <span className="bubble__forwarded">
            <Icon name="forward" size={14} />
            {t('bubble.forwarded')}
          </span>
        )}
        {message.replyToId !== null && !deleted && (
          <ReplyQuote quotedId={message.replyToId} quoted={quoted} />
        )}
        {deleted ? (
          <p className="bubble__deleted">
            <Icon name="block" size={16} />
            {t(mine ? 'bubble.deletedByYou' : 'bubble.deleted')}
          </p>
        ) : message.type === 'text' ? (
          <p className="bubble__text" dir="auto">
            {(message.content as { body: string }).body}
          </p>
        ) : RICH_TYPES.has(message.type) ? (
          <MessageContent message={message} mine={mine} />
        ) : (
          <p className="bubble__deleted">{t('bubble.unsupported')}</p>
        )}
        <span className="bubble__meta">
          {message.editedAt !== null && !deleted && <span>{t('bubble.edited')}</span>}
          {/* Customers get the flag too; only the business is told its reply was automatic. */}
          {mine && message.automated === true && <AutomatedMarker />}
          <time dateTime={new Date(message.createdAt).toISOString()}>{formatTime(message.createdAt)}</time>
          {entry.failed ? (
            <span className="bubble__failed" role="img" aria-label={t('bubble.failed')}>
              <Icon name="info" size={16} />
            </span>
          ) : (
            mine && status !== undefined && <Ticks status={status} />
          )}
        </span>
        {!deleted && !entry.pending && (
          <MessageMenu message={message} mine={mine} open={menuOpen} onOpenChange={setMenuOpen} />
        )}
      </article>
      {!deleted && !entry.pending && <PlatformActions message={message} mine={mine} />}
      {entry.reactions.size > 0 && !deleted && (
        <ReactionChips message={message} reactions={entry.reactions} />
      )}
    </div>
  );
}
