import type { ChatSettingsView } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../ui/Icon';
import { MuteDialog } from '../chat-list/MuteDialog';
import { isMuted, useChatActions } from '../chat-list/use-chat-settings';

/** Mute, pin and archive from the info panel: the same settings as the chat list's row menu. */
export function ChatSettingsSection({ chatId, settings }: { chatId: string; settings: ChatSettingsView }) {
  const { t } = useTranslation('groups');
  const actions = useChatActions(chatId);
  const [choosingMute, setChoosingMute] = useState(false);
  const muted = isMuted(settings);
  return (
    <section className="chat-info__section">
      <ul className="chat-info__actions">
        <Action
          icon="mute"
          label={t(muted ? 'info.unmute' : 'info.mute')}
          onClick={() => (muted ? void actions.unmute() : setChoosingMute(true))}
        />
        <Action
          icon="pin"
          label={t(settings.pinnedAt !== null ? 'info.unpin' : 'info.pin')}
          onClick={() => void actions.setPinned(settings.pinnedAt === null)}
        />
        <Action
          icon="archive"
          label={t(settings.archived ? 'info.unarchive' : 'info.archive')}
          onClick={() => void actions.setArchived(!settings.archived)}
        />
      </ul>
      {choosingMute && (
        <MuteDialog
          onMute={(duration) => void actions.mute(duration)}
          onClose={() => setChoosingMute(false)}
        />
      )}
    </section>
  );
}

export function Action({
  icon,
  label,
  onClick,
  danger = false,
}: {
  icon: IconName;
  label: string;
  onClick: () => void;
  danger?: boolean;
}) {
  return (
    <li>
      <button
        type="button"
        className={danger ? 'chat-info__action chat-info__action--danger' : 'chat-info__action'}
        onClick={onClick}
      >
        <Icon name={icon} />
        {label}
      </button>
    </li>
  );
}
