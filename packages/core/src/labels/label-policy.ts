import { DomainError } from '../shared/errors.js';
import { LABEL_COLOURS, PREDEFINED_LABELS, type Label, type PredefinedLabel } from './label.js';

export const LABEL_LIMITS = Object.freeze({ perBusiness: 20, name: 100 });

/** Distinct palette entries for the defaults, as the Business app colours them. */
const DEFAULT_COLOURS: Readonly<Record<PredefinedLabel, number>> = {
  new_customer: 0,
  new_order: 1,
  pending_payment: 2,
  paid: 3,
  order_complete: 4,
};

/** The five defaults a business starts with, unnamed so each reader sees them in their language. */
export function defaultLabels(newId: () => string, at: number): Label[] {
  return PREDEFINED_LABELS.map((predefined) => ({
    id: newId(),
    name: '',
    colour: DEFAULT_COLOURS[predefined],
    predefined,
    createdAt: at,
  }));
}

/**
 * Trims a label name. A business's own label needs 1 to 100 characters; a default may be given an
 * empty name, which brings back its translated wording.
 */
export function checkLabelName(input: string, predefined: PredefinedLabel | null): string {
  const name = input.trim();
  const length = [...name].length;
  if (length === 0 && predefined !== null) return name;
  if (length < 1 || length > LABEL_LIMITS.name) {
    throw new DomainError('invalid_argument', `A label name has 1 to ${LABEL_LIMITS.name} characters`);
  }
  return name;
}

export function checkLabelColour(colour: number): number {
  if (!Number.isInteger(colour) || colour < 0 || colour >= LABEL_COLOURS) {
    throw new DomainError(
      'invalid_argument',
      `A label colour is a palette index from 0 to ${LABEL_COLOURS - 1}`,
    );
  }
  return colour;
}

/** The defaults count towards the cap: a business that keeps them has room for 15 of its own. */
export function assertRoomForLabel(existing: number): void {
  if (existing >= LABEL_LIMITS.perBusiness) {
    throw new DomainError('limit_exceeded', `A business has at most ${LABEL_LIMITS.perBusiness} labels`, {
      limit: LABEL_LIMITS.perBusiness,
    });
  }
}

/** Defaults first in the app's order, then the business's own labels oldest first. */
export function compareLabels(a: Label, b: Label): number {
  const rank = (label: Label) =>
    label.predefined === null ? PREDEFINED_LABELS.length : PREDEFINED_LABELS.indexOf(label.predefined);
  return rank(a) - rank(b) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
