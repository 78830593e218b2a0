import type { QuickReplyView } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToast } from '../../ui/Toasts';
import { BusinessToolPage } from '../business/tools/BusinessToolPage';
import { CreateWithinLimit } from '../business/tools/CreateWithinLimit';
import { SettingsLoading } from '../settings/SettingsLoading';
import { useDeleteQuickReply, useQuickReplies } from './quick-reply-queries';
import { QuickReplyEditorDialog } from './QuickReplyEditorDialog';
import { QuickReplyRow } from './QuickReplyRow';
import './quick-replies.css';

type Editing =
  { mode: 'create' } | { mode: 'edit'; reply: QuickReplyView } | { mode: 'delete'; reply: QuickReplyView };

/** Settings → Business tools → Quick replies: saved answers, used by typing / in a chat. */
export function QuickRepliesSettings() {
  const { t } = useTranslation('quickReplies');
  return (
    <BusinessToolPage title={t('title')}>
      <QuickReplies />
    </BusinessToolPage>
  );
}

function QuickReplies() {
  const { t } = useTranslation('quickReplies');
  const toast = useToast();
  const { data, isError, refetch } = useQuickReplies();
  const remove = useDeleteQuickReply();
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);
  if (isError || data === undefined) {
    return <SettingsLoading failed={isError} onRetry={() => void refetch()} />;
  }
  const full = data.quickReplies.length >= data.limit;
  return (
    <>
      <p className="settings__note">
        {t('list.intro')} {t('list.count', { used: data.quickReplies.length, limit: data.limit })}
      </p>
      <CreateWithinLimit
        label={t('create')}
        full={full}
        limitReached={t('limitReached', { limit: data.limit })}
        onCreate={() => setEditing({ mode: 'create' })}
      />
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
      {editing?.mode === 'create' && <QuickReplyEditorDialog onClose={close} />}
      {editing?.mode === 'edit' && <QuickReplyEditorDialog reply={editing.reply} onClose={close} />}
      {editing?.mode === 'delete' && (
        <ConfirmDialog
          title={t('deleteDialog.title')}
          body={t('deleteDialog.body', { shortcut: `/${editing.reply.shortcut}` })}
          confirmLabel={t('deleteDialog.confirm')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(editing.reply.id, { onSuccess: close, onError: toast.showError })}
          onClose={close}
        />
      )}
    </>
  );
}
