import type { BroadcastListView } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';
import { useToast } from '../../ui/Toasts';
import { BusinessToolPage } from '../business/tools/BusinessToolPage';
import { BroadcastComposer } from './BroadcastComposer';
import { useBroadcastList, useDeleteBroadcastList } from './broadcast-queries';
import { broadcastPaths } from './broadcast-paths';
import { ListRecipients } from './ListRecipients';
import { SentToList } from './SentToList';

/** One list: send to it, see who is on it and who will receive, change or delete it. */
export function BroadcastListPage() {
  const { t } = useTranslation('broadcasts');
  const { listId = '' } = useParams();
  const { data: list, isError } = useBroadcastList(listId);
  return (
    <BusinessToolPage title={list?.name ?? t('title')} back={broadcastPaths.lists}>
      {isError ? (
        <p className="settings__note">{t('loadFailed')}</p>
      ) : list === undefined ? (
        <div className="settings__center">
          <Spinner />
        </div>
      ) : (
        <ListDetails list={list} />
      )}
    </BusinessToolPage>
  );
}

function ListDetails({ list }: { list: BroadcastListView }) {
  const { t } = useTranslation('broadcasts');
  const navigate = useNavigate();
  const toast = useToast();
  const remove = useDeleteBroadcastList();
  const [deleting, setDeleting] = useState(false);
  // What was sent to a deleted list stays in the chats and in the sent broadcasts.
  const deleteList = () =>
    remove.mutate(list.id, {
      onSuccess: () => {
        toast.show(t('list.deleted'));
        navigate(broadcastPaths.lists);
      },
      onError: toast.showError,
    });
  return (
    <>
      <div className="broadcast-list__actions">
        <Link to={broadcastPaths.editList(list.id)} className="btn">
          <Icon name="edit" size={18} />
          {t('list.edit')}
        </Link>
        <Button variant="danger" onClick={() => setDeleting(true)}>
          <Icon name="trash" size={18} />
          {t('list.delete')}
        </Button>
      </div>
      <BroadcastComposer
        listId={list.id}
        recipientCount={list.recipients.length}
        onSent={(broadcast) => navigate(broadcastPaths.broadcast(broadcast.id))}
      />
      <ListRecipients recipients={list.recipients} />
      <SentToList listId={list.id} />
      {deleting && (
        <ConfirmDialog
          title={t('list.deleteTitle')}
          body={t('list.deleteBody', { name: list.name })}
          confirmLabel={t('list.deleteConfirm')}
          busy={remove.isPending}
          onConfirm={deleteList}
          onClose={() => setDeleting(false)}
        />
      )}
    </>
  );
}
