import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { IconButton } from '../../../ui/Button';
import { lengthOf } from './profile-limits';

/**
 * A profile text shown with a pencil, edited in place with the characters left, as WhatsApp's
 * name and about fields. `onSave` resolves whether the server took it.
 */
export function EditableProfileField({
  label,
  name,
  value,
  max,
  required = false,
  onSave,
}: {
  label: string;
  name: string;
  value: string;
  max: number;
  required?: boolean;
  onSave: (value: string) => Promise<boolean>;
}) {
  const { t } = useTranslation('settings');
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const left = max - lengthOf(draft ?? '');
  const valid = left >= 0 && (!required || lengthOf(draft ?? '') > 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === undefined || !valid) return;
    setSaving(true);
    const saved = draft.trim() === value || (await onSave(draft.trim()));
    setSaving(false);
    if (saved) setDraft(undefined);
  };

  if (draft === undefined) {
    return (
      <div className="settings__field">
        <span className="field__label">{label}</span>
        <div className="settings__field-value">
          <span dir="auto">{value}</span>
          <IconButton
            icon="edit"
            label={t('profile.edit', { field: label })}
            onClick={() => setDraft(value)}
          />
        </div>
      </div>
    );
  }
  return (
    <form className="settings__field" onSubmit={(event) => void submit(event)}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="settings__field-value">
        <input
          id={id}
          name={name}
          className="field__input"
          dir="auto"
          value={draft}
          autoFocus
          aria-invalid={!valid}
          aria-describedby={`${id}-left`}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setDraft(undefined);
          }}
        />
        <span className={left < 0 ? 'settings__counter field__error' : 'settings__counter muted'} aria-hidden>
          {formatNumber(left)}
        </span>
        <span id={`${id}-left`} className="visually-hidden">
          {t('profile.charactersLeft', { count: left })}
        </span>
        <IconButton
          icon="check"
          type="submit"
          label={t('profile.saveField', { field: label })}
          disabled={!valid || saving}
        />
      </div>
    </form>
  );
}
