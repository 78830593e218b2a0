import { PlatformError } from '../platform/index.js';

/** Contract 4.2's limits. */
export const TEMPLATE_LIMITS = Object.freeze({
  name: 512,
  headerText: 60,
  body: 1024,
  footer: 60,
  buttons: 10,
  quickReplies: 10,
  urlButtons: 2,
  phoneButtons: 1,
  copyCodeButtons: 1,
  buttonText: 25,
  url: 2000,
  phone: 20,
  copyCodeExample: 15,
  /**
   * Fixed words a body needs per variable: fewer is "too many variables for the length". Meta does
   * not publish its ratio; one word per variable refuses only bodies that are mostly variables.
   */
  wordsPerVariable: 1,
});

/** The subcodes of a refused creation or edit (contract 6.5), on a code 100 error. */
export const TEMPLATE_SUBCODES = Object.freeze({
  countLimit: 2388019,
  nameRecentlyDeleted: 2388023,
  languageExists: 2388024,
  characterLimit: 2388040,
  headerFormat: 2388047,
  bodyFormat: 2388072,
  footerFormat: 2388073,
  wordRatio: 2388293,
  leadingTrailing: 2388299,
});

/** A refused creation or edit: Graph code 100, with the contract's subcode where it gives one. */
export const refuseTemplate = (details: string, subcode?: number): PlatformError =>
  new PlatformError(100, details, subcode === undefined ? {} : { subcode });

// Readers of an untrusted Graph payload: each refuses what is not the expected kind of value.

/** Characters as people count them (code points), not UTF-16 units. */
export const length = (text: string): number => [...text].length;

export function text(value: unknown, field: string, required = true): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || (required && value.trim() === '')) {
    throw refuseTemplate(`${field} is required and must be a non-empty string`);
  }
  return value;
}

export function stringList(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string' && v !== '')) {
    throw refuseTemplate(`${field} must be a non-empty array of strings`);
  }
  return value as string[];
}

export const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

export const upper = (value: unknown): string => (typeof value === 'string' ? value.toUpperCase() : '');
