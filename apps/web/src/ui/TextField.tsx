import { useId, type InputHTMLAttributes } from 'react';

/** A labelled input; `error` is announced with the field. */
export function TextField({
  label,
  hint,
  error,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; error?: string }) {
  const id = useId();
  const describedBy = error !== undefined ? `${id}-error` : hint !== undefined ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        aria-invalid={error !== undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {error !== undefined ? (
        <span id={`${id}-error`} className="field__error" role="alert">
          {error}
        </span>
      ) : (
        hint !== undefined && (
          <span id={`${id}-hint`} className="field__hint">
            {hint}
          </span>
        )
      )}
    </div>
  );
}
