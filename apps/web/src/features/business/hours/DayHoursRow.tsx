import type { DayHours } from '@parley/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../../ui/Button';
import { currentLanguage } from '../../../i18n/setup';
import {
  DAY_MODES,
  dayInMode,
  runsPastMidnight,
  withoutSpan,
  withSecondSpan,
  withSpan,
  type DayMode,
  type Weekday,
} from './hours-form';
import { weekdayName } from './weekday-name';

/** One weekday: closed, open 24 hours, by appointment only, or one or two spans of opening hours. */
export function DayHoursRow({
  day,
  value,
  invalid,
  onChange,
}: {
  day: Weekday;
  value: DayHours;
  invalid: boolean;
  onChange: (value: DayHours) => void;
}) {
  const { t } = useTranslation('business');
  const modeId = useId();
  const name = weekdayName(day, currentLanguage());
  return (
    <fieldset className="day-hours" aria-invalid={invalid}>
      <legend className="day-hours__day">{name}</legend>
      <label className="visually-hidden" htmlFor={modeId}>
        {t('hours.modeOf', { day: name })}
      </label>
      <select
        id={modeId}
        className="field__input day-hours__mode"
        value={value.mode}
        onChange={(event) => onChange(dayInMode(event.target.value as DayMode))}
      >
        {DAY_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(`hours.modes.${mode}`)}
          </option>
        ))}
      </select>
      {value.mode === 'hours' && (
        <div className="day-hours__spans">
          {value.ranges.map((span, index) => (
            <div key={index} className="day-hours__span">
              <input
                type="time"
                className="field__input"
                aria-label={t('hours.opensAt', { day: name, number: index + 1 })}
                value={span.open}
                required
                onChange={(event) =>
                  onChange({
                    mode: 'hours',
                    ranges: withSpan(value.ranges, index, { ...span, open: event.target.value }),
                  })
                }
              />
              <span aria-hidden>–</span>
              <input
                type="time"
                className="field__input"
                aria-label={t('hours.closesAt', { day: name, number: index + 1 })}
                value={span.close}
                required
                onChange={(event) =>
                  onChange({
                    mode: 'hours',
                    ranges: withSpan(value.ranges, index, { ...span, close: event.target.value }),
                  })
                }
              />
              {runsPastMidnight(span) && <span className="day-hours__note">{t('hours.nextDay')}</span>}
              {value.ranges.length > 1 && (
                <IconButton
                  icon="close"
                  label={t('hours.removeSpan', { day: name })}
                  onClick={() => onChange({ mode: 'hours', ranges: withoutSpan(value.ranges, index) })}
                />
              )}
            </div>
          ))}
          {value.ranges.length < 2 && (
            <button
              type="button"
              className="day-hours__add"
              onClick={() => onChange({ mode: 'hours', ranges: withSecondSpan(value.ranges) })}
            >
              {t('hours.addSpan')}
            </button>
          )}
        </div>
      )}
      {invalid && (
        <span className="field__error" role="alert">
          {t('hours.invalidDay')}
        </span>
      )}
    </fieldset>
  );
}
