import type { InvitePreviewView } from '@parley/contracts';
import { ParleyApiError } from '@parley/sdk';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';
import { formatNumber } from '../../i18n/format';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { errorKey, useToast } from '../../ui/Toasts';
import './join-group-page.css';

/** An invite link opened in the browser: the group's preview, and a button to join it. */
export function JoinGroupPage() {
  const { t } = useTranslation('groups');
  const { t: tc } = useTranslation();
  const { inviteCode = '' } = useParams();
  const { client } = useParley();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const [joining, setJoining] = useState(false);
  const preview = useQuery({
    queryKey: queryKeys.invite(inviteCode),
    queryFn: () => client.request<InvitePreviewView>('GET', `/v1/invites/${encodeURIComponent(inviteCode)}`),
    retry: false,
  });

  const join = async () => {
    setJoining(true);
    try {
      const chat = await client.request<{ id: string }>(
        'POST',
        `/v1/invites/${encodeURIComponent(inviteCode)}/join`,
      );
      await queryClient.invalidateQueries({ queryKey: queryKeys.chats });
      await navigate(`/chats/${chat.id}`, { replace: true });
    } catch (error) {
      toast.showError(error);
      setJoining(false);
    }
  };

  const group = preview.data;
  return (
    <main className="join-group">
      <div className="join-group__card">
        {preview.isPending ? (
          <Spinner />
        ) : group === undefined ? (
          <>
            <h1 className="join-group__title">{t('join.invalidTitle')}</h1>
            <p className="muted">
              {preview.error instanceof ParleyApiError && preview.error.code === 'not_found'
                ? t('join.invalidBody')
                : tc(errorKey(preview.error))}
            </p>
            <Link className="btn btn--primary" to="/">
              {t('join.toChats')}
            </Link>
          </>
        ) : (
          <>
            <Avatar name={group.subject ?? ''} photoMediaId={group.photoMediaId} size={120} group />
            <h1 className="join-group__title">
              <bdi>{group.subject}</bdi>
            </h1>
            <p className="muted">
              {t('join.members', { count: group.size, formatted: formatNumber(group.size) })}
            </p>
            {group.description !== null && group.description !== '' && (
              <p className="join-group__description" dir="auto">
                {group.description}
              </p>
            )}
            <p>{t('join.invited')}</p>
            <div className="join-group__actions">
              <Link className="btn" to="/">
                {tc('cancel')}
              </Link>
              <Button variant="primary" disabled={joining} onClick={() => void join()}>
                {t('join.join')}
              </Button>
            </div>
          </>
        )}
      </div>
    </main>
  );
}
