import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../ui/SelectField';
import { timeZoneChoices } from './hours-form';

/** The IANA time zone the hours are in, from the browser's list of zones. */
export function TimeZoneSelect({ value, onChange }: { value: string; onChange: (timeZone: string) => void }) {
  const { t } = useTranslation('business');
  const choices = useMemo(() => timeZoneChoices(Intl.supportedValuesOf('timeZone'), value), [value]);
  return (
    <SelectField
      label={t('hours.timeZone')}
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
    </SelectField>
  );
}
