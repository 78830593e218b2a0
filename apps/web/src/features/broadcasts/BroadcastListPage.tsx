import type { BroadcastListView } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';
import { BroadcastComposer } from './BroadcastComposer';
import { useBroadcastList } from './broadcast-queries';
import { broadcastPaths } from './broadcast-paths';
import { DeleteListDialog } from './DeleteListDialog';
import { ListRecipients } from './ListRecipients';
import { SentToList } from './SentToList';
import { ToolPage } from './ToolPage';

/** One list: send to it, see who is on it and who will receive, change or delete it. */
export function BroadcastListPage() {
  const { t } = useTranslation('broadcasts');
  const { listId = '' } = useParams();
  const { data: list, isError } = useBroadcastList(listId);
  return (
    <ToolPage title={list?.name ?? t('title')} back={broadcastPaths.lists}>
      {isError ? (
        <p className="settings__note">{t('loadFailed')}</p>
      ) : list === undefined ? (
        <div className="settings__center">
          <Spinner />
        </div>
      ) : (
        <ListDetails list={list} />
      )}
    </ToolPage>
  );
}

function ListDetails({ list }: { list: BroadcastListView }) {
  const { t } = useTranslation('broadcasts');
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
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
        <DeleteListDialog
          list={list}
          onClose={() => setDeleting(false)}
          onDeleted={() => navigate(broadcastPaths.lists)}
        />
      )}
    </>
  );
}
