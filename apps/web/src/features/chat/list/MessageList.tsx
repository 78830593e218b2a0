import { useCallback, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Virtuoso, type Components, type VirtuosoHandle } from 'react-virtuoso';
import { useParley } from '../../../data/parley-context';
import { useWatermarks } from '../../../data/queries';
import { formatDay, formatNumber } from '../../../i18n/format';
import { Icon } from '../../../ui/Icon';
import { Spinner } from '../../../ui/Spinner';
import type { Watermark } from '../../../data/live-store';
import type { TimelineEntry, TimelineSnapshot } from '../store/chat-timeline';
import { deliveryStatus } from './delivery-status';
import { buildListItems, type ListItem, type UnreadMarker } from './list-items';
import { MessageRow } from './MessageRow';
import { useChatTimeline } from '../store/use-chat-timeline';
import { useFirstItemIndex } from './use-first-item-index';
import './message-list.css';

/** What rows need besides their item; Virtuoso re-renders rows when it changes. */
interface ListContext {
  readonly chatId: string;
  readonly me: string;
  readonly byId: ReadonlyMap<string, TimelineEntry>;
  readonly otherMembers: readonly string[];
  readonly watermarks: ReadonlyMap<string, Watermark> | undefined;
  readonly inGroup: boolean;
  readonly highlighted: string | undefined;
}

function renderItem(_index: number, item: ListItem, context: ListContext) {
  if (item.kind === 'day') return <DayDivider at={item.at} />;
  if (item.kind === 'unread') return <UnreadDivider count={item.count} />;
  const { entry } = item;
  const mine = entry.message.senderId === context.me;
  return (
    <MessageRow
      entry={entry}
      quoted={entry.message.replyToId === null ? undefined : context.byId.get(entry.message.replyToId)}
      firstOfRun={item.firstOfRun}
      mine={mine}
      inGroup={context.inGroup}
      status={mine ? deliveryStatus(entry, context.otherMembers, context.watermarks) : undefined}
      highlighted={context.highlighted === entry.message.id}
    />
  );
}

function DayDivider({ at }: { at: number }) {
  return (
    <div className="list-divider">
      <span className="list-divider__label">{formatDay(at)}</span>
    </div>
  );
}

function UnreadDivider({ count }: { count: number }) {
  const { t } = useTranslation('chat');
  return (
    <div className="list-divider list-divider--unread" role="separator">
      <span className="list-divider__label">{t('list.unread', { count })}</span>
    </div>
  );
}

/** Above the first row, a spinner while older history remains; padding below the last. */
const LIST_COMPONENTS: Components<ListItem, ListContext> = {
  Header: ({ context }) => <HistoryStart chatId={context.chatId} />,
  Footer: () => <div className="message-list__end" />,
};

/** Reads the timeline itself, so the header follows it without re-rendering the list. */
function HistoryStart({ chatId }: { chatId: string }) {
  const { hasOlder } = useChatTimeline(chatId);
  return hasOlder ? (
    <div className="message-list__loading">
      <Spinner />
    </div>
  ) : (
    <div className="message-list__start" />
  );
}

export interface ListHandle {
  /** Scrolls to a loaded message and flashes it; false when it is not loaded. */
  scrollTo(messageId: string): boolean;
}

/**
 * The conversation, virtualised: it opens at the first unread message (else the newest), follows
 * new messages while at the bottom, and loads older pages as it is scrolled up.
 */
export function MessageList({
  snapshot,
  unread,
  otherMembers,
  inGroup,
  chatId,
  onLoadOlder,
  ref,
}: {
  snapshot: TimelineSnapshot;
  unread: UnreadMarker | undefined;
  otherMembers: readonly string[];
  inGroup: boolean;
  chatId: string;
  onLoadOlder: () => void;
  ref?: Ref<ListHandle>;
}) {
  const { t } = useTranslation('chat');
  const { session } = useParley();
  const watermarks = useWatermarks(chatId);
  const virtuoso = useRef<VirtuosoHandle>(null);
  const [atBottom, setAtBottom] = useState(true);
  const [leftBottomAtSeq, setLeftBottomAtSeq] = useState<number | undefined>(undefined);
  const [highlighted, setHighlighted] = useState<string | undefined>(undefined);

  const items = useMemo(() => buildListItems(snapshot.entries, unread), [snapshot.entries, unread]);
  const byId = useMemo(
    () => new Map(snapshot.entries.map((entry) => [entry.message.id, entry])),
    [snapshot.entries],
  );
  const firstItemIndex = useFirstItemIndex(items);
  // Chosen once, for the first render: later rows never move the reader.
  const [initialIndex] = useState(() => {
    const unreadAt = items.findIndex((item) => item.kind === 'unread');
    return unreadAt >= 0
      ? { index: unreadAt, align: 'start' as const }
      : { index: 'LAST' as const, align: 'end' as const };
  });

  const lastSeq = snapshot.entries.findLast((entry) => !entry.pending)?.message.seq ?? 0;
  const newBelow =
    leftBottomAtSeq === undefined
      ? 0
      : snapshot.entries.filter(
          (entry) =>
            !entry.pending &&
            entry.message.seq > leftBottomAtSeq &&
            entry.message.senderId !== session.accountId &&
            entry.message.type !== 'system',
        ).length;

  const scrollTo = useCallback(
    (messageId: string) => {
      const index = items.findIndex((item) => item.key === messageId);
      if (index < 0) return false;
      virtuoso.current?.scrollToIndex({ index, align: 'center', behavior: 'smooth' });
      setHighlighted(messageId);
      setTimeout(() => setHighlighted((current) => (current === messageId ? undefined : current)), 1600);
      return true;
    },
    [items],
  );
  useImperativeHandle(ref, () => ({ scrollTo }), [scrollTo]);

  const onBottomChange = (bottom: boolean) => {
    setAtBottom(bottom);
    setLeftBottomAtSeq(bottom ? undefined : lastSeq);
  };

  const context = useMemo<ListContext>(
    () => ({
      chatId,
      me: session.accountId,
      byId,
      otherMembers,
      watermarks,
      inGroup,
      highlighted,
    }),
    [chatId, session.accountId, byId, otherMembers, watermarks, inGroup, highlighted],
  );

  return (
    <div className="message-list">
      <Virtuoso
        ref={virtuoso}
        className="message-list__scroller"
        data={items}
        firstItemIndex={firstItemIndex}
        initialTopMostItemIndex={initialIndex}
        computeItemKey={(_index, item) => item.key}
        itemContent={renderItem}
        context={context}
        alignToBottom
        // While at the bottom, new messages scroll in; my own sends always bring me down.
        followOutput={(bottom) => (bottom || snapshot.entries.at(-1)?.pending === true ? 'auto' : false)}
        atBottomStateChange={onBottomChange}
        atBottomThreshold={60}
        startReached={() => {
          if (snapshot.hasOlder) onLoadOlder();
        }}
        increaseViewportBy={{ top: 600, bottom: 200 }}
        components={LIST_COMPONENTS}
      />
      {!atBottom && (
        <button
          type="button"
          className="message-list__to-bottom"
          aria-label={newBelow > 0 ? t('list.toBottomUnread', { count: newBelow }) : t('list.toBottom')}
          onClick={() => virtuoso.current?.scrollToIndex({ index: 'LAST', align: 'end', behavior: 'smooth' })}
        >
          {newBelow > 0 && <span className="message-list__badge">{formatNumber(newBelow)}</span>}
          <Icon name="arrowDown" />
        </button>
      )}
    </div>
  );
}
