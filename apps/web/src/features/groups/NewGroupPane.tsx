import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';
import { Icon } from '../../ui/Icon';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toasts';
import { SidePaneHeader } from '../chat-list/SidePaneHeader';
import { MemberPicker } from './MemberPicker';
import { GroupPhotoPicker } from './GroupPhotoPicker';
import './new-group-pane.css';

const SUBJECT_MAX = 100;

/** WhatsApp's two steps: pick members, then name the group (and give it a photo) and create it. */
export function NewGroupPane() {
  const { t } = useTranslation('groups');
  const { client } = useParley();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const [step, setStep] = useState<'members' | 'details'>('members');
  const [members, setMembers] = useState<string[]>([]);
  const [subject, setSubject] = useState('');
  const [photo, setPhoto] = useState<File>();
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const photoMediaId =
        photo === undefined ? undefined : (await client.uploadMedia(photo, photo.type, photo.name)).id;
      const chat = await client.request<{ id: string }>('POST', '/v1/groups', {
        subject: subject.trim(),
        memberIds: members,
        ...(photoMediaId === undefined ? {} : { photoMediaId }),
      });
      await queryClient.invalidateQueries({ queryKey: queryKeys.chats });
      await navigate(`/chats/${chat.id}`);
    } catch (error) {
      toast.showError(error);
      setBusy(false);
    }
  };

  if (step === 'members') {
    return (
      <div className="new-group-pane">
        <SidePaneHeader title={t('newGroup.addMembers')} />
        <div className="new-group-pane__scroll">
          <MemberPicker selected={members} onChange={setMembers} />
        </div>
        <div className="new-group-pane__footer">
          <button
            type="button"
            className="new-group-pane__next"
            aria-label={t('newGroup.next')}
            title={t('newGroup.next')}
            disabled={members.length === 0}
            onClick={() => setStep('details')}
          >
            <Icon name="forward" />
          </button>
        </div>
      </div>
    );
  }
  const trimmed = subject.trim();
  return (
    <form className="new-group-pane" onSubmit={(event) => void create(event)}>
      <SidePaneHeader title={t('newGroup.title')} onBack={() => setStep('members')} />
      <div className="new-group-pane__scroll">
        <GroupPhotoPicker file={photo} onChange={setPhoto} name={trimmed} />
        <div className="new-group-pane__fields">
          <TextField
            label={t('newGroup.subject')}
            value={subject}
            maxLength={SUBJECT_MAX}
            required
            autoFocus
            hint={t('newGroup.subjectHint', { count: SUBJECT_MAX - [...subject].length })}
            onChange={(event) => setSubject(event.target.value)}
          />
        </div>
      </div>
      <div className="new-group-pane__footer">
        <button
          type="submit"
          className="new-group-pane__next"
          aria-label={t('newGroup.create')}
          title={t('newGroup.create')}
          disabled={busy || trimmed === ''}
        >
          <Icon name="check" />
        </button>
      </div>
    </form>
  );
}
