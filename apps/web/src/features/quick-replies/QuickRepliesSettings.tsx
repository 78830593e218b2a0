import type { QuickReplyView } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { SettingsHeader } from '../settings/SettingsHeader';
import { DeleteQuickReplyDialog } from './DeleteQuickReplyDialog';
import { useQuickReplies } from './quick-reply-queries';
import { QuickReplyEditorDialog } from './QuickReplyEditorDialog';
import { QuickReplyRow } from './QuickReplyRow';
import './quick-replies.css';

type Editing =
  { mode: 'create' } | { mode: 'edit'; reply: QuickReplyView } | { mode: 'delete'; reply: QuickReplyView };

/** Settings → Business tools → Quick replies: saved answers, used by typing / in a chat. */
export function QuickRepliesSettings() {
  const { t } = useTranslation('quickReplies');
  const { data, isError, refetch } = useQuickReplies();
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);
  const full = data !== undefined && data.quickReplies.length >= data.limit;
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
              {t('list.intro')} {t('list.count', { used: data.quickReplies.length, limit: data.limit })}
            </p>
            <div className="quick-replies-settings__actions">
              <Button variant="primary" disabled={full} onClick={() => setEditing({ mode: 'create' })}>
                {t('create')}
              </Button>
              {full && (
                <p className="settings__note" role="status">
                  {t('limitReached', { limit: data.limit })}
                </p>
              )}
            </div>
            {data.quickReplies.length === 0 ? (
              <p className="settings__note">{t('list.empty')}</p>
            ) : (
              <ul className="settings__list" aria-label={t('list.label')}>
                {data.quickReplies.map((reply) => (
                  <QuickReplyRow
                    key={reply.id}
                    reply={reply}
                    onEdit={() => setEditing({ mode: 'edit', reply })}
                    onDelete={() => setEditing({ mode: 'delete', reply })}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {editing?.mode === 'create' && <QuickReplyEditorDialog onClose={close} />}
      {editing?.mode === 'edit' && <QuickReplyEditorDialog reply={editing.reply} onClose={close} />}
      {editing?.mode === 'delete' && (
        <DeleteQuickReplyDialog id={editing.reply.id} shortcut={editing.reply.shortcut} onClose={close} />
      )}
    </>
  );
}
