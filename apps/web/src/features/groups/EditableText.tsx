import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/Button';
import { Icon } from '../../ui/Icon';

/**
 * Text an admin may change in place (subject, description): a pencil turns it into a field;
 * Enter or the tick saves, Escape cancels.
 */
export function EditableText({
  value,
  label,
  placeholder,
  maxLength,
  multiline = false,
  editable,
  onSave,
  className,
}: {
  value: string;
  label: string;
  placeholder?: string;
  maxLength: number;
  multiline?: boolean;
  editable: boolean;
  onSave: (value: string) => Promise<boolean>;
  className?: string;
}) {
  const { t } = useTranslation('groups');
  const { t: tc } = useTranslation();
  const [draft, setDraft] = useState<string>();

  if (draft === undefined) {
    return (
      <div className="editable-text">
        <span className={className} dir="auto">
          {value === '' ? <span className="muted">{placeholder}</span> : value}
        </span>
        {editable && (
          <IconButton icon="edit" label={t('info.edit', { field: label })} onClick={() => setDraft(value)} />
        )}
      </div>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === value || (await onSave(draft.trim()))) setDraft(undefined);
  };
  const common = {
    className: 'field__input',
    'aria-label': label,
    value: draft,
    maxLength,
    autoFocus: true,
    dir: 'auto',
    onKeyDown: (event: { key: string }) => {
      if (event.key === 'Escape') setDraft(undefined);
    },
  };
  return (
    <form className="editable-text editable-text--editing" onSubmit={(event) => void submit(event)}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input {...common} required onChange={(event) => setDraft(event.target.value)} />
      )}
      <button type="submit" className="icon-btn" aria-label={tc('save')} title={tc('save')}>
        <Icon name="check" />
      </button>
    </form>
  );
}
