import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { LABEL_PALETTE } from './label-palette';

/** The 20 label colours as a radio group of swatches; arrows move between them, as radios do. */
export function ColourPicker({ value, onChange }: { value: number; onChange: (colour: number) => void }) {
  const { t } = useTranslation('labels');
  return (
    <fieldset className="colour-picker">
      <legend className="field__label">{t('editor.colour')}</legend>
      <div className="colour-picker__swatches">
        {LABEL_PALETTE.map((colour, index) => (
          <label
            key={colour}
            className="colour-picker__swatch"
            style={{ '--label-colour': colour } as CSSProperties}
            title={t('editor.colourOption', { number: index + 1 })}
          >
            <input
              type="radio"
              name="label-colour"
              checked={value === index}
              aria-label={t('editor.colourOption', { number: index + 1 })}
              onChange={() => onChange(index)}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
