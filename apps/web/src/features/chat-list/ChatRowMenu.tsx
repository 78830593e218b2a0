import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatSummary } from '../../data/queries';
import { useLabelChatItem } from '../labels/use-label-chat-item';
import { MuteDialog } from './MuteDialog';
import { PopupMenu, type MenuItem } from './PopupMenu';
import { isMuted, useChatActions } from './use-chat-settings';

/** A chat's own menu in the list: pin, mute, archive, mark as read. */
export function ChatRowMenu({
  summary,
  name,
  open,
  onOpenChange,
}: {
  summary: ChatSummary;
  name: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('chatList');
  const actions = useChatActions(summary.chat.id);
  const [choosingMute, setChoosingMute] = useState(false);
  const labelling = useLabelChatItem(summary.chat.id);
  const { settings } = summary;
  const items: MenuItem[] = [
    settings.archived
      ? { label: t('menu.unarchive'), onSelect: () => void actions.setArchived(false) }
      : { label: t('menu.archive'), onSelect: () => void actions.setArchived(true) },
    isMuted(settings)
      ? { label: t('menu.unmute'), onSelect: () => void actions.unmute() }
      : { label: t('menu.mute'), onSelect: () => setChoosingMute(true) },
  ];
  // Archived chats cannot be pinned, as in WhatsApp.
  if (!settings.archived) {
    items.push(
      settings.pinnedAt !== null
        ? { label: t('menu.unpin'), onSelect: () => void actions.setPinned(false) }
        : { label: t('menu.pin'), onSelect: () => void actions.setPinned(true) },
    );
  }
  if (summary.unreadCount > 0) {
    items.push({ label: t('menu.markRead'), onSelect: () => void actions.markRead(summary.chat.lastSeq) });
  }
  if (labelling.item !== undefined) items.push(labelling.item);
  return (
    <>
      <PopupMenu
        className="chat-row__menu"
        label={t('menu.label', { name })}
        icon="chevronDown"
        items={items}
        open={open}
        onOpenChange={onOpenChange}
      />
      {labelling.dialog}
      {choosingMute && (
        <MuteDialog
          onMute={(duration) => void actions.mute(duration)}
          onClose={() => setChoosingMute(false)}
        />
      )}
    </>
  );
}
