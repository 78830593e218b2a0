import type { LabelView } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { labelName } from '../labels/label-name';
import { useLabelRecipients } from './broadcast-queries';
import { addRecipients } from './recipient-selection';

/** "Add people with a label": everyone a label reaches joins the chosen recipients. */
export function LabelAdder({
  selected,
  onChange,
}: {
  selected: readonly string[];
  onChange: (phones: string[]) => void;
}) {
  const { t } = useTranslation('broadcasts');
  const id = useId();
  const toast = useToast();
  const { data: labels } = useBusinessLabels();
  const recipientsOf = useLabelRecipients();
  const [labelId, setLabelId] = useState('');
  if (labels === undefined || labels.length === 0) return null;

  const add = () =>
    recipientsOf.mutate(labelId, {
      onSuccess: (recipients) => {
        const next = addRecipients(
          selected,
          recipients.map((recipient) => recipient.phone),
        );
        onChange(next);
        toast.show(
          recipients.length === 0
            ? t('editor.nobodyWithLabel')
            : t('editor.addedFromLabel', { count: next.length - selected.length }),
        );
      },
      onError: toast.showError,
    });

  return (
    <div className="list-editor__label-adder">
      <label className="field__label" htmlFor={id}>
        {t('editor.byLabel')}
      </label>
      <div className="list-editor__label-row">
        <select
          id={id}
          className="field__input"
          value={labelId}
          onChange={(event) => setLabelId(event.target.value)}
        >
          <option value="">{t('editor.chooseLabel')}</option>
          {labels.map((label) => (
            <option key={label.id} value={label.id}>
              {labelName(label, t)}
            </option>
          ))}
        </select>
        <Button onClick={add} disabled={labelId === '' || recipientsOf.isPending}>
          {t('editor.addLabel')}
        </Button>
      </div>
    </div>
  );
}

/** The business's labels, shared in the cache with the labels tool. */
function useBusinessLabels() {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.labels,
    queryFn: () => client.request<{ labels: LabelView[]; limit: number }>('GET', '/v1/business/labels'),
    select: (answer) => answer.labels,
  });
}
