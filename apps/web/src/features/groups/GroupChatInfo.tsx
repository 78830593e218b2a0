import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import type { ChatDetails } from '../../data/queries';
import { formatNumber } from '../../i18n/format';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';
import { Action, ChatSettingsSection } from './ChatSettingsSection';
import { EditableText } from './EditableText';
import { GroupMembers } from './GroupMembers';
import { InviteLinkSection } from './InviteLinkSection';
import { GroupPhotoPicker } from './GroupPhotoPicker';
import { useChatChange } from './use-chat-change';

/** Group info: photo, subject and description (admins edit them), members, invite link, leave. */
export function GroupChatInfo({ details }: { details: ChatDetails }) {
  const { t } = useTranslation('groups');
  const { client, session } = useParley();
  const toast = useToast();
  const { chat, members } = details;
  const change = useChatChange(chat.id);
  const me = members.find((member) => member.accountId === session.accountId);
  const amAdmin = me?.role === 'admin';
  const [leaving, setLeaving] = useState(false);
  const [uploading, setUploading] = useState(false);

  const update = (patch: { subject?: string; description?: string; photoMediaId?: string }) =>
    change('PATCH', `/v1/groups/${chat.id}`, patch);
  const changePhoto = async (file: File) => {
    setUploading(true);
    try {
      const media = await client.uploadMedia(file, file.type, file.name);
      await update({ photoMediaId: media.id });
    } catch (error) {
      toast.showError(error);
    } finally {
      setUploading(false);
    }
  };

  return (
    <>
      <section className="chat-info__hero">
        {amAdmin ? (
          <GroupPhotoPicker
            file={undefined}
            onChange={(file) => void changePhoto(file)}
            currentMediaId={chat.photoMediaId}
            name={chat.subject ?? ''}
            disabled={uploading}
          />
        ) : (
          <Avatar name={chat.subject ?? ''} photoMediaId={chat.photoMediaId} size={160} group />
        )}
        <EditableText
          className="chat-info__name"
          value={chat.subject ?? ''}
          label={t('info.subject')}
          maxLength={100}
          editable={amAdmin}
          onSave={(subject) => update({ subject })}
        />
        <p className="muted">
          {t('info.groupSize', { count: members.length, formatted: formatNumber(members.length) })}
        </p>
      </section>
      <section className="chat-info__section">
        <h4 className="chat-info__label">{t('info.description')}</h4>
        <EditableText
          className="chat-info__text"
          value={chat.description ?? ''}
          label={t('info.description')}
          placeholder={t(amAdmin ? 'info.addDescription' : 'info.noDescription')}
          maxLength={2048}
          multiline
          editable={amAdmin}
          onSave={(description) => update({ description })}
        />
      </section>
      <ChatSettingsSection chatId={chat.id} settings={details.settings} />
      {me === undefined ? (
        <section className="chat-info__section">
          <p className="muted">{t('info.notMember')}</p>
        </section>
      ) : (
        <>
          {amAdmin && <InviteLinkSection chatId={chat.id} inviteCode={details.inviteCode} />}
          <GroupMembers chatId={chat.id} members={members} amAdmin={amAdmin} creatorId={chat.createdBy} />
          <section className="chat-info__section">
            <ul className="chat-info__actions">
              <Action icon="logout" danger label={t('leave.action')} onClick={() => setLeaving(true)} />
            </ul>
          </section>
        </>
      )}
      {leaving && (
        <Dialog
          title={t('leave.title', { subject: chat.subject })}
          onClose={() => setLeaving(false)}
          actions={
            <>
              <Button onClick={() => setLeaving(false)}>{t('leave.cancel')}</Button>
              <Button
                variant="danger"
                onClick={() => {
                  setLeaving(false);
                  void change('POST', `/v1/groups/${chat.id}/leave`);
                }}
              >
                {t('leave.confirm')}
              </Button>
            </>
          }
        >
          <p>{t('leave.body')}</p>
        </Dialog>
      )}
    </>
  );
}
