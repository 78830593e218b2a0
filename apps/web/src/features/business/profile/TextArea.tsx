import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { lengthOf } from '../../settings/profile/profile-limits';

/** A labelled multi-line text with the characters left, as the Business app's profile fields. */
export function TextArea({
  label,
  name,
  maxLength,
  value,
  onChange,
}: {
  label: string;
  name: string;
  maxLength: number;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('business');
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="field__input"
        name={name}
        rows={3}
        dir="auto"
        maxLength={maxLength}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <span id={`${id}-hint`} className="field__hint">
        {t('charactersLeft', { count: maxLength - lengthOf(value) })}
      </span>
    </div>
  );
}
