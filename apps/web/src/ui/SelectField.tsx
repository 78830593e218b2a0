import type { SelectHTMLAttributes } from 'react';
import { Field, type FieldText } from './Field';

/** A labelled native select, styled as the other fields; the options are its children. */
export function SelectField({
  label,
  hint,
  error,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & FieldText) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <select className="field__input" {...control} {...select} />}
    </Field>
  );
}
