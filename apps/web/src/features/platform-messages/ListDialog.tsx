import type { InteractiveContent } from '@parley/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import './platform-messages.css';

type Sections = NonNullable<InteractiveContent['list']>['sections'];

/**
 * A list message's choices: its sections, each row a radio choice with its description, and Send,
 * which answers with the chosen row.
 */
export function ListDialog({
  title,
  sections,
  onSend,
  onClose,
}: {
  title: string;
  sections: Sections;
  onSend: (rowId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('platformMessages');
  const name = useId();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  return (
    <Dialog
      title={title}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('list.cancel')}</Button>
          <Button
            variant="primary"
            disabled={chosen === undefined}
            onClick={() => chosen !== undefined && onSend(chosen)}
          >
            {t('list.send')}
          </Button>
        </>
      }
    >
      <div className="list-choices" role="radiogroup" aria-label={t('list.choose')}>
        {sections.map((section, index) => (
          <fieldset key={index} className="list-choices__section">
            {section.title !== undefined && (
              <legend className="list-choices__title" dir="auto">
                {section.title}
              </legend>
            )}
            {section.rows.map((row) => (
              <label key={row.id} className="list-choice">
                <span className="list-choice__text">
                  <span dir="auto">{row.title}</span>
                  {row.description !== undefined && row.description !== '' && (
                    <span className="list-choice__description" dir="auto">
                      {row.description}
                    </span>
                  )}
                </span>
                <input
                  type="radio"
                  name={name}
                  value={row.id}
                  checked={chosen === row.id}
                  onChange={() => setChosen(row.id)}
                />
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </Dialog>
  );
}
