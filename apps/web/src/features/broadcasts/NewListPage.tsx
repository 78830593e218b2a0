import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BusinessToolPage } from '../business/tools/BusinessToolPage';
import { useCreateBroadcastList } from './broadcast-queries';
import { broadcastPaths } from './broadcast-paths';
import { ListEditor } from './ListEditor';
import { useListError } from './use-list-error';

export function NewListPage() {
  const { t } = useTranslation('broadcasts');
  const navigate = useNavigate();
  const create = useCreateBroadcastList();
  const showError = useListError();
  return (
    <BusinessToolPage title={t('editor.newTitle')} back={broadcastPaths.lists}>
      <ListEditor
        initial={{ name: '', recipients: [] }}
        submitLabel={t('editor.create')}
        pending={create.isPending}
        onSubmit={(fields) =>
          create.mutate(
            { name: fields.name, recipients: [...fields.recipients] },
            { onSuccess: (list) => navigate(broadcastPaths.list(list.id)), onError: showError },
          )
        }
      />
    </BusinessToolPage>
  );
}
