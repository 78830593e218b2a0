import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useParley } from '../../data/parley-context';
import { useDisplayName, useTyping, useWatermarks, type ChatSummary } from '../../data/queries';
import { formatListStamp, formatNumber } from '../../i18n/format';
import { Avatar } from '../../ui/Avatar';
import { Icon } from '../../ui/Icon';
import { Ticks } from '../../ui/Ticks';
import { BadgedName } from '../business-info/VerificationBadge';
import { ChatLabelChips } from '../labels/ChatLabelChips';
import type { ChatTitle } from './chat-titles';
import { ChatRowMenu } from './ChatRowMenu';
import { isolate } from './isolate';
import { deliveryStatus } from './last-message-status';
import { MessagePreview } from './MessagePreview';
import { isMuted } from './use-chat-settings';
import './chat-row.css';

/** One chat in the list: a link to it, with its preview, time, badges and its own menu. */
export function ChatRow({ summary, title, open }: { summary: ChatSummary; title: ChatTitle; open: boolean }) {
  const { t } = useTranslation('chatList');
  const [menuOpen, setMenuOpen] = useState(false);
  const { chat, settings, unreadCount, lastMessage } = summary;
  const muted = isMuted(settings);
  const stamp = lastMessage?.createdAt ?? chat.createdAt;
  const openMenu = (event: MouseEvent) => {
    event.preventDefault();
    setMenuOpen(true);
  };
  return (
    <li
      className={['chat-row', open ? 'chat-row--open' : '', menuOpen ? 'chat-row--menu' : ''].join(' ')}
      onContextMenu={openMenu}
      data-chat-id={chat.id}
    >
      <Link className="chat-row__link" to={`/chats/${chat.id}`} aria-current={open ? 'page' : undefined}>
        <Avatar name={title.name} photoMediaId={title.photoMediaId} size={49} group={chat.kind === 'group'} />
        <span className="chat-row__body">
          <span className="chat-row__top">
            <span className="chat-row__name">
              <BadgedName name={title.name} accountId={title.peerId} />
            </span>
            <span className={unreadCount > 0 ? 'chat-row__time chat-row__time--unread' : 'chat-row__time'}>
              {formatListStamp(stamp)}
            </span>
          </span>
          <span className="chat-row__bottom">
            <span className="chat-row__preview">
              <RowPreview summary={summary} />
            </span>
            <span className="chat-row__badges">
              {muted && (
                <span className="chat-row__badge-icon">
                  <Icon name="mute" size={18} label={t('row.muted')} />
                </span>
              )}
              {settings.pinnedAt !== null && (
                <span className="chat-row__badge-icon">
                  <Icon name="pin" size={18} label={t('row.pinned')} />
                </span>
              )}
              {unreadCount > 0 && (
                <span
                  className={muted ? 'chat-row__unread chat-row__unread--muted' : 'chat-row__unread'}
                  aria-label={t('row.unread', { count: unreadCount })}
                >
                  {formatNumber(unreadCount)}
                </span>
              )}
            </span>
          </span>
          <ChatLabelChips chatId={chat.id} peerPhone={title.phone} />
        </span>
      </Link>
      <ChatRowMenu summary={summary} name={title.name} open={menuOpen} onOpenChange={setMenuOpen} />
    </li>
  );
}

/** The second line: who is typing, else the last message with its sender or your ticks. */
function RowPreview({ summary }: { summary: ChatSummary }) {
  const { t } = useTranslation('chatList');
  const { session } = useParley();
  const typing = useTyping(summary.chat.id)?.find((entry) => entry.accountId !== session.accountId);
  const typist = useDisplayName(typing?.accountId);
  const watermarks = useWatermarks(summary.chat.id);
  const message = summary.lastMessage;
  const group = summary.chat.kind === 'group';
  const sender = useDisplayName(group && message?.type !== 'system' ? message?.senderId : undefined);

  if (typing !== undefined) {
    const key = typing.state === 'recording' ? 'recording' : 'typing';
    return (
      <span className="chat-row__typing">
        {group ? t(`row.${key}Named`, { name: typist.name }) : t(`row.${key}`)}
      </span>
    );
  }
  if (message === null) return null;
  const mine = message.senderId === session.accountId;
  const showTicks = mine && message.type !== 'system' && message.content !== null;
  return (
    <>
      {showTicks && <Ticks status={deliveryStatus(message.seq, watermarks, session.accountId)} />}
      {group && message.type !== 'system' && (
        <span className="chat-row__sender">
          {t('row.sender', { name: mine ? t('row.you') : isolate(sender.name) })}
        </span>
      )}
      <MessagePreview message={message} />
    </>
  );
}
