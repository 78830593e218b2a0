import type { BusinessCategory } from '@parley/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../ui/SelectField';

/** Every category the server takes; a record, so the compiler notices one added or removed. */
const CATEGORIES: Record<BusinessCategory, true> = {
  UNDEFINED: true,
  OTHER: true,
  AUTO: true,
  BEAUTY: true,
  APPAREL: true,
  EDU: true,
  ENTERTAIN: true,
  EVENT_PLAN: true,
  FINANCE: true,
  GROCERY: true,
  GOVT: true,
  HOTEL: true,
  HEALTH: true,
  NONPROFIT: true,
  PROF_SERVICES: true,
  RETAIL: true,
  TRAVEL: true,
  RESTAURANT: true,
  ALCOHOL: true,
  ONLINE_GAMBLING: true,
  PHYSICAL_GAMBLING: true,
  OTC_DRUGS: true,
  NOT_A_BIZ: true,
};

/** The business's category, by its translated name in the reader's alphabetical order; "not set" first. */
export function CategorySelect({
  value,
  onChange,
}: {
  value: BusinessCategory;
  onChange: (category: BusinessCategory) => void;
}) {
  const { t, i18n } = useTranslation('business');
  const options = useMemo(() => {
    const collator = new Intl.Collator(i18n.resolvedLanguage);
    const named = (Object.keys(CATEGORIES) as BusinessCategory[])
      .filter((category) => category !== 'UNDEFINED')
      .map((category) => ({ category, name: t(`categories.${category}`) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    return [{ category: 'UNDEFINED' as const, name: t('categories.UNDEFINED') }, ...named];
  }, [t, i18n.resolvedLanguage]);
  return (
    <SelectField
      label={t('profile.category')}
      name="category"
      value={value}
      onChange={(event) => onChange(event.target.value as BusinessCategory)}
    >
      {options.map((option) => (
        <option key={option.category} value={option.category}>
          {option.name}
        </option>
      ))}
    </SelectField>
  );
}
