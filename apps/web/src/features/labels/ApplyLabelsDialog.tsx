import type { LabelAssignmentsView, LabelView } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Spinner } from '../../ui/Spinner';
import { useToast } from '../../ui/Toasts';
import { labelName } from './label-name';
import { useLabelAssignments, useLabels, useSetLabel, type LabelTarget } from './label-queries';
import { LabelDot } from './LabelDot';
import './labels.css';

/**
 * "Label chat" / "Label contact": every label with a checkbox; each tick or untick is saved at
 * once, as in the Business app, and comes back unticked if the server refuses it.
 */
export function ApplyLabelsDialog({ target, onClose }: { target: LabelTarget; onClose: () => void }) {
  const { t } = useTranslation('labels');
  const { t: tc } = useTranslation();
  const { data: list } = useLabels();
  const { data: assignments } = useLabelAssignments();
  return (
    <Dialog
      title={t(target.kind === 'chat' ? 'apply.chatTitle' : 'apply.contactTitle')}
      onClose={onClose}
      actions={<Button onClick={onClose}>{tc('close')}</Button>}
    >
      {list === undefined || assignments === undefined ? (
        <Spinner />
      ) : list.labels.length === 0 ? (
        <p className="muted">{t('apply.none')}</p>
      ) : (
        <LabelChoices labels={list.labels} assigned={assignedTo(assignments, target)} target={target} />
      )}
      <Link className="apply-labels__manage" to="/settings/business/labels" onClick={onClose}>
        {t('apply.manage')}
      </Link>
    </Dialog>
  );
}

function assignedTo(assignments: LabelAssignmentsView, target: LabelTarget): readonly string[] {
  return (target.kind === 'chat' ? assignments.chats : assignments.contacts)[target.id] ?? [];
}

function LabelChoices({
  labels,
  assigned,
  target,
}: {
  labels: readonly LabelView[];
  assigned: readonly string[];
  target: LabelTarget;
}) {
  const { t } = useTranslation('labels');
  const toast = useToast();
  const setLabel = useSetLabel();
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set(assigned));

  const toggle = (labelId: string, on: boolean) => {
    const flip = (value: boolean) =>
      setChecked((current) => {
        const next = new Set(current);
        if (value) next.add(labelId);
        else next.delete(labelId);
        return next;
      });
    flip(on);
    setLabel.mutate(
      { labelId, target, on },
      {
        onError: (error) => {
          flip(!on);
          toast.showError(error);
        },
      },
    );
  };

  return (
    <fieldset className="apply-labels">
      <legend className="visually-hidden">{t('title')}</legend>
      {labels.map((label) => (
        <label key={label.id} className="apply-labels__choice">
          <input
            type="checkbox"
            checked={checked.has(label.id)}
            onChange={(event) => toggle(label.id, event.target.checked)}
          />
          <LabelDot colour={label.colour} size={14} />
          <bdi>{labelName(label, t)}</bdi>
        </label>
      ))}
    </fieldset>
  );
}
