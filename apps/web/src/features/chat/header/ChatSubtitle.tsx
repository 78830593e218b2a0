import type { MemberView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../../data/parley-context';
import { useDisplayName, usePresence, useTyping } from '../../../data/queries';
import { formatDay, formatTime } from '../../../i18n/format';
import { useDisplayNames } from '../../groups/use-display-names';

/**
 * The header's second line. Direct: "typing…", "online" or "last seen …". Group: who is typing,
 * else the members' names.
 */
export function ChatSubtitle({
  chatId,
  otherId,
  members,
}: {
  chatId: string;
  otherId: string | undefined;
  members: readonly MemberView[];
}) {
  const typing = useTyping(chatId);
  const first = typing?.[0];
  return (
    <span className="chat-header__subtitle" aria-live="polite">
      {first !== undefined ? (
        <TypingText
          accountId={first.accountId}
          recording={first.state === 'recording'}
          named={otherId === undefined}
        />
      ) : otherId !== undefined ? (
        <PresenceText accountId={otherId} />
      ) : (
        <MemberNames members={members} />
      )}
    </span>
  );
}

function TypingText({
  accountId,
  recording,
  named,
}: {
  accountId: string;
  recording: boolean;
  named: boolean;
}) {
  const { t } = useTranslation('chat');
  const { name } = useDisplayName(accountId);
  const key = recording ? 'recording' : 'typing';
  return (
    <span className="chat-header__typing">
      {named ? t(`header.${key}Named`, { name }) : t(`header.${key}`)}
    </span>
  );
}

function PresenceText({ accountId }: { accountId: string }) {
  const { t } = useTranslation('chat');
  const presence = usePresence(accountId);
  if (presence === undefined) return null;
  if (presence.state === 'available') return <>{t('header.online')}</>;
  if (presence.lastSeenAt === null) return null;
  return (
    <>
      {t('header.lastSeen', { day: formatDay(presence.lastSeenAt), time: formatTime(presence.lastSeenAt) })}
    </>
  );
}

function MemberNames({ members }: { members: readonly MemberView[] }) {
  const { t } = useTranslation('chat');
  const { session } = useParley();
  // You come last, as WhatsApp lists a group.
  const ids = [
    ...members.map((member) => member.accountId).filter((id) => id !== session.accountId),
    session.accountId,
  ];
  const names = useDisplayNames(ids, t('common:you'));
  return <span className="chat-header__members">{names.join(t('header.nameSeparator'))}</span>;
}
