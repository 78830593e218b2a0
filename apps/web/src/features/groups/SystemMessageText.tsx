import type { MessageView } from '@parley/sdk';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import { currentLanguage } from '../../i18n/setup';
import { useDisplayNames } from './use-display-names';

/** A group event as the server writes it into the chat (packages/core/src/messages/content.ts). */
interface SystemContent {
  readonly event: string;
  readonly actorId: string;
  readonly accountIds?: readonly string[];
  readonly value?: string;
}

const EVENTS = new Set([
  'group_created',
  'members_added',
  'member_removed',
  'member_left',
  'member_joined_by_link',
  'admin_promoted',
  'admin_demoted',
  'subject_changed',
  'description_changed',
  'photo_changed',
]);

function isSystemContent(content: unknown): content is SystemContent {
  return (
    typeof content === 'object' &&
    content !== null &&
    typeof (content as SystemContent).event === 'string' &&
    typeof (content as SystemContent).actorId === 'string'
  );
}

/** A system message ("Alice added Bob") as plain text, names resolved, yourself as "You". */
export function SystemMessageText({ message }: { message: MessageView }) {
  const { t } = useTranslation('groups');
  const { session } = useParley();
  const content = isSystemContent(message.content) ? message.content : undefined;
  const targetIds = content?.accountIds ?? [];
  const [actor = ''] = useDisplayNames(content === undefined ? [] : [content.actorId], t('you'));
  const targets = useDisplayNames(targetIds, t('youObject'));
  if (content === undefined || !EVENTS.has(content.event)) return <>{t('system.unknown')}</>;
  const list = new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(targets);
  // i18next's context picks the "_you" sentence: several languages conjugate for "you".
  return (
    <>
      {t(`system.${content.event}`, {
        context: content.actorId === session.accountId ? 'you' : undefined,
        actor,
        targets: list,
        value: content.value ?? '',
      })}
    </>
  );
}
