import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';
import { PRESETS, type DateRange, type RangePreset } from './statistics-range';

/** Last 7, 30 or 90 days, or any days from one date to another. */
export function RangeChooser({
  preset,
  custom,
  problem,
  onPreset,
  onCustom,
}: {
  preset: RangePreset;
  custom: DateRange;
  problem: string | undefined;
  onPreset: (preset: RangePreset) => void;
  onCustom: (range: DateRange) => void;
}) {
  const { t } = useTranslation('statistics');
  return (
    <div className="range-chooser">
      <fieldset className="range-chooser__presets">
        <legend className="visually-hidden">{t('range.label')}</legend>
        {PRESETS.map((option) => (
          <label key={option} className="range-chooser__preset">
            <input
              type="radio"
              name="range"
              value={option}
              checked={preset === option}
              onChange={() => onPreset(option)}
            />
            <span>
              {option === 'custom' ? t('range.custom') : t('range.last', { count: Number(option) })}
            </span>
          </label>
        ))}
      </fieldset>
      {preset === 'custom' && (
        <div className="range-chooser__dates">
          <TextField
            type="date"
            label={t('range.from')}
            value={custom.from}
            max={custom.to}
            onChange={(event) => onCustom({ ...custom, from: event.target.value })}
          />
          <TextField
            type="date"
            label={t('range.to')}
            value={custom.to}
            min={custom.from}
            onChange={(event) => onCustom({ ...custom, to: event.target.value })}
            error={problem}
          />
        </div>
      )}
    </div>
  );
}
