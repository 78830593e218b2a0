import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { AUDIENCE_MODES, picksContacts, type Audience } from './audience';
import { AudiencePickerDialog } from './AudiencePickerDialog';

/**
 * Who gets the reply. The chosen numbers are kept while another mode is on, as the server keeps
 * them, so switching back and forth loses nothing.
 */
export function AudienceChoice({
  name,
  value,
  onChange,
}: {
  /** The radio group's name, unique on the page. */
  name: string;
  value: Audience;
  onChange: (value: Audience) => void;
}) {
  const { t } = useTranslation('autoReplies');
  const [picking, setPicking] = useState(false);
  const excluding = value.mode === 'everyone_except';
  return (
    <fieldset className="reply-choices">
      <legend className="reply-choices__legend">{t('audience.legend')}</legend>
      {AUDIENCE_MODES.map((mode) => (
        <label key={mode} className="settings__choice">
          <input
            type="radio"
            name={name}
            value={mode}
            checked={value.mode === mode}
            onChange={() => {
              onChange({ ...value, mode });
              // As in the Business app, choosing people one by one starts by choosing them.
              if (picksContacts(mode)) setPicking(true);
            }}
          />
          {t(`audience.${mode}`)}
        </label>
      ))}
      {picksContacts(value.mode) && (
        <div className="reply-choices__picked">
          <span>
            {t(excluding ? 'audience.excluded' : 'audience.chosen', { count: value.phones.length })}
          </span>
          <Button onClick={() => setPicking(true)}>{t('audience.choose')}</Button>
        </div>
      )}
      {picking && (
        <AudiencePickerDialog
          title={t(excluding ? 'audience.pickExcluded' : 'audience.pickOnly')}
          phones={value.phones}
          onDone={(phones) => {
            onChange({ ...value, phones });
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      )}
    </fieldset>
  );
}
