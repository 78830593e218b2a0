import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { ChosenRecipients } from './ChosenRecipients';
import { ContactChoices } from './ContactChoices';
import { LabelAdder } from './LabelAdder';
import { listProblem, RECIPIENT_LIMIT } from './recipient-selection';

export interface ListFields {
  readonly name: string;
  /** E.164 numbers, in the order they were chosen. */
  readonly recipients: readonly string[];
}

const NAME_MAX = 100;

/**
 * A broadcast list's name and recipients, for a new list and for changing one: people are picked
 * from the contacts on Parley or added by label, up to 256.
 */
export function ListEditor({
  initial,
  submitLabel,
  pending,
  onSubmit,
}: {
  initial: ListFields;
  submitLabel: string;
  pending: boolean;
  onSubmit: (fields: ListFields) => void;
}) {
  const { t } = useTranslation('broadcasts');
  const [name, setName] = useState(initial.name);
  const [recipients, setRecipients] = useState<readonly string[]>(initial.recipients);
  const [checked, setChecked] = useState(false);
  const problem = listProblem(name, recipients);
  const over = recipients.length > RECIPIENT_LIMIT;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problem === null) onSubmit({ name: name.trim(), recipients });
  };

  return (
    <form className="list-editor" onSubmit={submit} noValidate>
      <TextField
        label={t('editor.name')}
        name="name"
        dir="auto"
        maxLength={NAME_MAX}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={checked && problem === 'name' ? t('editor.nameRequired') : undefined}
      />
      <div className="list-editor__counter-row">
        <h3 className="list-editor__heading">{t('editor.recipients')}</h3>
        <output
          className={over ? 'list-editor__counter list-editor__counter--over' : 'list-editor__counter'}
          aria-label={t('editor.counterLabel', {
            count: recipients.length,
            limit: formatNumber(RECIPIENT_LIMIT),
          })}
          aria-live="polite"
        >
          {t('editor.counter', {
            selected: formatNumber(recipients.length),
            limit: formatNumber(RECIPIENT_LIMIT),
          })}
        </output>
      </div>
      {over && (
        <p className="list-editor__error" role="alert">
          {t('editor.overLimit', { limit: formatNumber(RECIPIENT_LIMIT) })}
        </p>
      )}
      <p className="list-editor__hint">{t('savedHint')}</p>
      <LabelAdder selected={recipients} onChange={setRecipients} />
      <ChosenRecipients selected={recipients} onChange={setRecipients} />
      <ContactChoices selected={recipients} onChange={setRecipients} />
      <div className="list-editor__actions">
        <Button type="submit" variant="primary" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
