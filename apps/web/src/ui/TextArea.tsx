import type { TextareaHTMLAttributes } from 'react';
import { Field, type FieldText } from './Field';

/** A labelled multi-line text, three lines unless told; `error` is announced with the field. */
export function TextArea({
  label,
  hint,
  error,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldText) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea className="field__input" rows={3} dir="auto" {...control} {...textarea} />}
    </Field>
  );
}
