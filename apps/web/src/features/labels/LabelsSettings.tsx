import type { LabelView } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToast } from '../../ui/Toasts';
import { BusinessToolPage } from '../business/tools/BusinessToolPage';
import { CreateWithinLimit } from '../business/tools/CreateWithinLimit';
import { SettingsLoading } from '../settings/SettingsLoading';
import { labelName } from './label-name';
import { useDeleteLabel, useLabels } from './label-queries';
import { LabelEditorDialog } from './LabelEditorDialog';
import { LabelRow } from './LabelRow';
import './labels.css';

type Editing = { mode: 'create' } | { mode: 'edit'; label: LabelView } | { mode: 'delete'; label: LabelView };

/** Settings → Business tools → Labels: the defaults and the business's own, up to the limit. */
export function LabelsSettings() {
  const { t } = useTranslation('labels');
  return (
    <BusinessToolPage title={t('title')}>
      <Labels />
    </BusinessToolPage>
  );
}

function Labels() {
  const { t } = useTranslation('labels');
  const toast = useToast();
  const { data, isError, refetch } = useLabels();
  const remove = useDeleteLabel();
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);
  if (isError || data === undefined) {
    return <SettingsLoading failed={isError} onRetry={() => void refetch()} />;
  }
  const full = data.labels.length >= data.limit;
  return (
    <>
      <p className="settings__note">
        {t('list.intro')} {t('list.count', { used: data.labels.length, limit: data.limit })}
      </p>
      <CreateWithinLimit
        label={t('create')}
        full={full}
        limitReached={t('limitReached', { limit: data.limit })}
        onCreate={() => setEditing({ mode: 'create' })}
      />
      <ul className="settings__list" aria-label={t('list.label')}>
        {data.labels.map((label) => (
          <LabelRow
            key={label.id}
            label={label}
            onEdit={() => setEditing({ mode: 'edit', label })}
            onDelete={() => setEditing({ mode: 'delete', label })}
          />
        ))}
      </ul>
      {editing?.mode === 'create' && <LabelEditorDialog nextColour={data.labels.length} onClose={close} />}
      {editing?.mode === 'edit' && <LabelEditorDialog label={editing.label} onClose={close} />}
      {editing?.mode === 'delete' && (
        <ConfirmDialog
          title={t('deleteDialog.title')}
          body={t('deleteDialog.body', { name: labelName(editing.label, t) })}
          confirmLabel={t('deleteDialog.confirm')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(editing.label.id, { onSuccess: close, onError: toast.showError })}
          onClose={close}
        />
      )}
    </>
  );
}
