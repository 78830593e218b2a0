import type { LabelView } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { SettingsHeader } from '../settings/SettingsHeader';
import { DeleteLabelDialog } from './DeleteLabelDialog';
import { labelName } from './label-name';
import { useLabels } from './label-queries';
import { LabelEditorDialog } from './LabelEditorDialog';
import { LabelRow } from './LabelRow';
import './labels.css';

type Editing = { mode: 'create' } | { mode: 'edit'; label: LabelView } | { mode: 'delete'; label: LabelView };

/** Settings → Business tools → Labels: the defaults and the business's own, up to the limit. */
export function LabelsSettings() {
  const { t } = useTranslation('labels');
  const { data, isError, refetch } = useLabels();
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);
  const full = data !== undefined && data.labels.length >= data.limit;
  return (
    <>
      <SettingsHeader title={t('title')} back="/settings/business" />
      <div className="settings__body">
        {isError ? (
          <div className="settings__center">
            <Button onClick={() => void refetch()}>{t('common:retry')}</Button>
          </div>
        ) : data === undefined ? (
          <div className="settings__center">
            <Spinner />
          </div>
        ) : (
          <>
            <p className="settings__note">
              {t('list.intro')} {t('list.count', { used: data.labels.length, limit: data.limit })}
            </p>
            <div className="labels-settings__actions">
              <Button variant="primary" disabled={full} onClick={() => setEditing({ mode: 'create' })}>
                {t('create')}
              </Button>
              {full && (
                <p className="settings__note" role="status">
                  {t('limitReached', { limit: data.limit })}
                </p>
              )}
            </div>
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
          </>
        )}
      </div>
      {editing?.mode === 'create' && (
        <LabelEditorDialog nextColour={data?.labels.length ?? 0} onClose={close} />
      )}
      {editing?.mode === 'edit' && <LabelEditorDialog label={editing.label} onClose={close} />}
      {editing?.mode === 'delete' && (
        <DeleteLabelDialog labelId={editing.label.id} name={labelName(editing.label, t)} onClose={close} />
      )}
    </>
  );
}
