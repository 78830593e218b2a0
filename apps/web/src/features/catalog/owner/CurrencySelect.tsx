import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/setup';
import { SelectField } from '../../../ui/SelectField';
import { knownCurrencies } from '../default-currency';

/** Every currency the browser knows, named in the reader's language ("EUR · Euro"). */
export function CurrencySelect({ value, onChange }: { value: string; onChange: (currency: string) => void }) {
  const { t } = useTranslation('catalog');
  const options = useMemo(() => {
    const names = new Intl.DisplayNames(currentLanguage(), { type: 'currency' });
    return knownCurrencies().map((code) => ({ code, name: names.of(code) ?? code }));
  }, []);
  return (
    <SelectField
      label={t('editor.currency')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {`${option.code} · ${option.name}`}
        </option>
      ))}
    </SelectField>
  );
}
