import type { LabelView } from '@parley/contracts';
import type { TFunction } from 'i18next';

/**
 * What a label is called on screen: the name its business gave it, else (a default never
 * renamed) the reader's wording of its `predefined` key.
 */
export function labelName(label: Pick<LabelView, 'name' | 'predefined'>, t: TFunction): string {
  if (label.name !== '' || label.predefined === null) return label.name;
  return t(`labels:predefined.${label.predefined}`);
}
