import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { BUSINESS_NAME_MAX, BUSINESS_NAME_MIN, brokenNameRule } from './business-name-errors';

/**
 * The sentence for a refused business name in the reader's language, or undefined when the
 * refusal was about something else (shown the usual way).
 */
export function useBusinessNameError(): (error: unknown) => string | undefined {
  const { t } = useTranslation('business');
  return useCallback(
    (error: unknown) => {
      const rule = brokenNameRule(error);
      return rule === undefined
        ? undefined
        : t(`nameRules.${rule}`, { min: BUSINESS_NAME_MIN, max: BUSINESS_NAME_MAX });
    },
    [t],
  );
}
