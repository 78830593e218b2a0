import type { PublicProfileView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { usePresence, useTyping } from '../../data/queries';

/**
 * A business chat's header line, as WhatsApp shows it: "typing…" or "online" while they are, else
 * "Business account" (or "Official business account") where a person's chat says "last seen".
 */
export function BusinessSubtitle({ chatId, profile }: { chatId: string; profile: PublicProfileView }) {
  const { t } = useTranslation(['chat', 'businessInfo']);
  const typing = useTyping(chatId)?.find((entry) => entry.accountId === profile.id);
  const presence = usePresence(profile.id);
  const text =
    typing !== undefined
      ? t(typing.state === 'recording' ? 'chat:header.recording' : 'chat:header.typing')
      : presence?.state === 'available'
        ? t('chat:header.online')
        : t(
            profile.verification === 'official'
              ? 'businessInfo:subtitle.official'
              : 'businessInfo:subtitle.business',
          );
  return (
    <span className="chat-header__subtitle" aria-live="polite">
      {typing !== undefined ? <span className="chat-header__typing">{text}</span> : text}
    </span>
  );
}
