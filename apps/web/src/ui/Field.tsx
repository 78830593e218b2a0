import { useId, type ReactNode } from 'react';

export interface FieldText {
  readonly label: string;
  readonly hint?: string;
  /** Shown in place of the hint, and announced. */
  readonly error?: string;
}

/** What a field's control carries to be tied to its label and to its error or hint. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby': string | undefined;
}

/**
 * The frame every labelled form control shares: the label, the control, then its error (announced)
 * or else its hint, each read out with the control.
 */
export function Field({
  label,
  hint,
  error,
  children,
}: FieldText & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const describedBy = error !== undefined ? `${id}-error` : hint !== undefined ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error !== undefined, 'aria-describedby': describedBy })}
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
