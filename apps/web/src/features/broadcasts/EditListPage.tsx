import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Spinner } from '../../ui/Spinner';
import { BusinessToolPage } from '../business/tools/BusinessToolPage';
import { useBroadcastList, useUpdateBroadcastList } from './broadcast-queries';
import { broadcastPaths } from './broadcast-paths';
import { ListEditor } from './ListEditor';
import { useListError } from './use-list-error';

export function EditListPage() {
  const { t } = useTranslation('broadcasts');
  const { listId = '' } = useParams();
  const navigate = useNavigate();
  const { data: list, isError } = useBroadcastList(listId);
  const update = useUpdateBroadcastList(listId);
  const showError = useListError();
  return (
    <BusinessToolPage title={t('editor.editTitle')} back={broadcastPaths.list(listId)}>
      {isError ? (
        <p className="settings__note">{t('loadFailed')}</p>
      ) : list === undefined ? (
        <div className="settings__center">
          <Spinner />
        </div>
      ) : (
        <ListEditor
          initial={{ name: list.name, recipients: list.recipients.map((recipient) => recipient.phone) }}
          submitLabel={t('editor.save')}
          pending={update.isPending}
          onSubmit={(fields) =>
            update.mutate(
              { name: fields.name, recipients: [...fields.recipients] },
              { onSuccess: () => navigate(broadcastPaths.list(listId)), onError: showError },
            )
          }
        />
      )}
    </BusinessToolPage>
  );
}
