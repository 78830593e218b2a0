import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneChoices } from './hours-form';

/** The IANA time zone the hours are in, from the browser's list of zones. */
export function TimeZoneSelect({ value, onChange }: { value: string; onChange: (timeZone: string) => void }) {
  const { t } = useTranslation('business');
  const id = useId();
  const choices = useMemo(() => timeZoneChoices(Intl.supportedValuesOf('timeZone'), value), [value]);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('hours.timeZone')}
      </label>
      <select
        id={id}
        className="field__input"
        name="timeZone"
        dir="ltr"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {choices.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
    </div>
  );
}
