/**
 * Variables in template text: positional `{{1}}` or named `{{first_name}}`. Anything else that
 * looks like braces is malformed, which review rejects rather than validation, as Meta does.
 */
const VARIABLE = /\{\{([a-z0-9_]+)\}\}/g;
const POSITIONAL = /^[1-9]\d*$/;
const NAMED = /^[a-z][a-z0-9_]*$/;

export const isPositionalVariable = (name: string): boolean => POSITIONAL.test(name);
export const isNamedVariable = (name: string): boolean => NAMED.test(name);

/** Every variable in order of appearance, repeats included. */
export function variablesOf(text: string): string[] {
  return [...text.matchAll(VARIABLE)].map((match) => match[1]!);
}

/** Each variable once, in order of first appearance. */
export function distinctVariables(text: string): string[] {
  return [...new Set(variablesOf(text))];
}

/** The text without its variables, to count words and find stray braces. */
export const withoutVariables = (text: string, replacement = ' '): string =>
  text.replace(VARIABLE, replacement);

/** Words of the fixed text: runs of letters or digits. */
export const fixedWordCount = (text: string): number =>
  (withoutVariables(text).match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Two variables with nothing but spaces between them (`{{1}}{{2}}`, `{{1}} {{2}}`). */
export const hasAdjacentVariables = (text: string): boolean =>
  /\{\{[a-z0-9_]+\}\}\s*\{\{[a-z0-9_]+\}\}/.test(text);

/** Braces that are not a well-formed variable: `{{ 1 }}`, `{{1}`, `{{First}}`, `{{}}`, `{{{1}}}`. */
export const hasMalformedVariables = (text: string): boolean =>
  /\{\{|\}\}/.test(withoutVariables(text)) || /\{\{\{|\}\}\}/.test(text);

/** Whether the text starts or ends with a variable, ignoring surrounding whitespace. */
export function hasVariableAtEnds(text: string): boolean {
  const trimmed = text.trim();
  return /^\{\{[a-z0-9_]+\}\}/.test(trimmed) || /\{\{[a-z0-9_]+\}\}$/.test(trimmed);
}

/** Replaces each variable by its value; a function so `$` in values stays literal. */
export const fillVariables = (text: string, value: (name: string) => string): string =>
  text.replace(VARIABLE, (_, name: string) => value(name));
