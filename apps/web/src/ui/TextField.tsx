import type { InputHTMLAttributes } from 'react';
import { Field, type FieldText } from './Field';

/** A labelled input; `error` is announced with the field. */
export function TextField({
  label,
  hint,
  error,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & FieldText) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input className="field__input" {...control} {...input} />}
    </Field>
  );
}
