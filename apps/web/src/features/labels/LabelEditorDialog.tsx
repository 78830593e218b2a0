import type { LabelView } from '@parley/contracts';
import { ParleyApiError } from '@parley/sdk';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toasts';
import { ColourPicker } from './ColourPicker';
import { labelName } from './label-name';
import { LABEL_PALETTE } from './label-palette';
import { useCreateLabel, useUpdateLabel } from './label-queries';

const NAME_MAX = 100;

/**
 * Creates a label (no `label`) or renames and recolours one. A default label's name may be left
 * empty: it then keeps the wording of the reader's language.
 */
export function LabelEditorDialog({
  label,
  nextColour = 0,
  onClose,
}: {
  label?: LabelView;
  nextColour?: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('labels');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const create = useCreateLabel();
  const update = useUpdateLabel();
  const [name, setName] = useState(label?.name ?? '');
  const [colour, setColour] = useState(label?.colour ?? nextColour % LABEL_PALETTE.length);
  const [error, setError] = useState<string | undefined>();
  const isDefault = label !== undefined && label.predefined !== null;
  const busy = create.isPending || update.isPending;

  const refused = (failure: unknown) => {
    if (failure instanceof ParleyApiError && failure.code === 'limit_exceeded') {
      setError(t('limitReached', { limit: Number(failure.details?.limit ?? 20) }));
    } else if (failure instanceof ParleyApiError && failure.code === 'invalid_argument') {
      setError(t('editor.nameInvalid', { max: NAME_MAX }));
    } else toast.showError(failure);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '' && !isDefault) {
      setError(t('editor.nameRequired'));
      return;
    }
    const done = { onSuccess: onClose, onError: refused };
    if (label === undefined) create.mutate({ name: trimmed, colour }, done);
    else update.mutate({ labelId: label.id, name: trimmed, colour }, done);
  };

  return (
    <Dialog title={t(label === undefined ? 'editor.createTitle' : 'editor.editTitle')} onClose={onClose}>
      <form className="label-editor" onSubmit={submit} noValidate>
        <TextField
          label={t('editor.name')}
          value={name}
          maxLength={NAME_MAX}
          dir="auto"
          autoFocus
          placeholder={isDefault ? labelName({ name: '', predefined: label.predefined }, t) : undefined}
          hint={isDefault ? t('editor.defaultHint') : undefined}
          error={error}
          onChange={(event) => {
            setName(event.target.value);
            setError(undefined);
          }}
        />
        <ColourPicker value={colour} onChange={setColour} />
        <div className="dialog__actions">
          <Button onClick={onClose}>{tc('cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t(label === undefined ? 'editor.create' : 'editor.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
