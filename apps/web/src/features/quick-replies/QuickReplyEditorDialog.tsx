import type { QuickReplyView } from '@parley/contracts';
import { ParleyApiError } from '@parley/sdk';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toasts';
import { useSaveQuickReply } from './quick-reply-queries';
import { QuickReplyMediaField } from './QuickReplyMediaField';
import { normaliseShortcut, SHORTCUT_MAX, shortcutProblem, TEXT_MAX } from './shortcut-rules';

interface Problems {
  readonly shortcut?: string;
  readonly text?: string;
  readonly form?: string;
}

/** Creates a quick reply (no `reply`) or edits one: shortcut, message, optional attachment. */
export function QuickReplyEditorDialog({ reply, onClose }: { reply?: QuickReplyView; onClose: () => void }) {
  const { t } = useTranslation('quickReplies');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const save = useSaveQuickReply();
  const [shortcut, setShortcut] = useState(reply?.shortcut ?? '');
  const [text, setText] = useState(reply?.text ?? '');
  const [mediaId, setMediaId] = useState<string | null>(reply?.mediaId ?? null);
  const [uploading, setUploading] = useState(false);
  const [problems, setProblems] = useState<Problems>({});

  const shortcutMessage = (rule: string) => t(`errors.shortcut.${rule}`, { max: SHORTCUT_MAX });

  const refused = (error: unknown, normalised: string) => {
    if (!(error instanceof ParleyApiError)) return toast.showError(error);
    const rule = String(error.details?.rule ?? '');
    if (error.code === 'conflict')
      setProblems({ shortcut: t('errors.taken', { shortcut: `/${normalised}` }) });
    else if (error.code === 'limit_exceeded')
      setProblems({ form: t('limitReached', { limit: Number(error.details?.limit ?? 50) }) });
    else if (error.code === 'not_found') setProblems({ form: t('errors.mediaGone') });
    else if (rule === 'media_kind') setProblems({ form: t('errors.mediaKind') });
    else if (rule === 'text') setProblems({ text: t('errors.text', { max: TEXT_MAX }) });
    else if (rule === 'length' || rule === 'characters') setProblems({ shortcut: shortcutMessage(rule) });
    else toast.showError(error);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalised = normaliseShortcut(shortcut);
    const rule = shortcutProblem(normalised);
    const next: Problems = {
      shortcut: rule === undefined ? undefined : shortcutMessage(rule),
      text: text.trim() === '' ? t('errors.text', { max: TEXT_MAX }) : undefined,
    };
    setProblems(next);
    if (next.shortcut !== undefined || next.text !== undefined) return;
    save.mutate(
      { id: reply?.id, shortcut: normalised, text: text.trim(), mediaId },
      { onSuccess: onClose, onError: (error) => refused(error, normalised) },
    );
  };

  return (
    <Dialog title={t(reply === undefined ? 'editor.createTitle' : 'editor.editTitle')} onClose={onClose}>
      <form className="quick-reply-editor" onSubmit={submit} noValidate>
        <TextField
          label={t('editor.shortcut')}
          value={shortcut}
          maxLength={SHORTCUT_MAX + 1}
          dir="auto"
          autoFocus
          autoComplete="off"
          hint={t('editor.shortcutHint', { max: SHORTCUT_MAX })}
          error={problems.shortcut}
          onChange={(event) => setShortcut(event.target.value)}
        />
        <TextArea
          label={t('editor.text')}
          rows={4}
          maxLength={TEXT_MAX}
          value={text}
          error={problems.text}
          onChange={(event) => setText(event.target.value)}
        />
        <QuickReplyMediaField mediaId={mediaId} onChange={setMediaId} onBusyChange={setUploading} />
        {problems.form !== undefined && (
          <p className="field__error" role="alert">
            {problems.form}
          </p>
        )}
        <div className="dialog__actions">
          <Button onClick={onClose}>{tc('cancel')}</Button>
          <Button type="submit" variant="primary" disabled={save.isPending || uploading}>
            {t(reply === undefined ? 'editor.create' : 'editor.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
