import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import { useAccount, useDisplayName, type ChatDetails } from '../../data/queries';
import { queryKeys } from '../../data/query-keys';
import { Avatar } from '../../ui/Avatar';
import { useToast } from '../../ui/Toasts';
import { BusinessInfoSection } from '../business-info/BusinessInfoSection';
import { BadgedName } from '../business-info/VerificationBadge';
import { ChatLabelsSection } from '../labels/ChatLabelsSection';
import { Action, ChatSettingsSection } from './ChatSettingsSection';
import { ReportDialog } from './ReportDialog';
import { useChatChange } from './use-chat-change';

/** Contact info: who the other person is, the chat's settings, and block or report. */
export function DirectChatInfo({ details }: { details: ChatDetails }) {
  const { t } = useTranslation('groups');
  const { client, session } = useParley();
  const toast = useToast();
  const change = useChatChange(details.chat.id);
  const peerId = details.members.find((member) => member.accountId !== session.accountId)?.accountId;
  const { data: profile } = useAccount(peerId);
  const { name, phone } = useDisplayName(peerId);
  const blocks = useQuery({
    queryKey: queryKeys.blocks,
    queryFn: async () => (await client.request<{ accountIds: string[] }>('GET', '/v1/blocks')).accountIds,
  });
  const [reporting, setReporting] = useState(false);
  if (peerId === undefined) return null;
  const blocked = blocks.data?.includes(peerId) ?? false;

  const toggleBlock = async () => {
    if (await change(blocked ? 'DELETE' : 'PUT', `/v1/blocks/${peerId}`)) {
      await blocks.refetch();
      toast.show(t(blocked ? 'info.unblocked' : 'info.blockedToast', { name }));
    }
  };

  return (
    <>
      <section className="chat-info__hero">
        <Avatar name={name} photoMediaId={profile?.photoMediaId} size={160} />
        <h3 className="chat-info__name">
          <BadgedName name={name} accountId={peerId} />
        </h3>
        <p className="chat-info__phone" dir="ltr">
          {phone}
        </p>
      </section>
      {profile !== undefined && profile.kind !== 'personal' && <BusinessInfoSection accountId={peerId} />}
      {profile?.about !== undefined && profile.about !== '' && (
        <section className="chat-info__section">
          <h4 className="chat-info__label">{t('info.about')}</h4>
          <p className="chat-info__text" dir="auto">
            {profile.about}
          </p>
        </section>
      )}
      <ChatLabelsSection chatId={details.chat.id} peerPhone={phone} />
      <ChatSettingsSection chatId={details.chat.id} settings={details.settings} />
      <section className="chat-info__section">
        <ul className="chat-info__actions">
          <Action
            icon="block"
            danger
            label={t(blocked ? 'info.unblock' : 'info.block', { name })}
            onClick={() => void toggleBlock()}
          />
          <Action icon="info" danger label={t('info.report', { name })} onClick={() => setReporting(true)} />
        </ul>
      </section>
      {reporting && (
        <ReportDialog
          accountId={peerId}
          chatId={details.chat.id}
          name={name}
          onClose={() => setReporting(false)}
        />
      )}
    </>
  );
}
