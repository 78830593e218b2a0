/** The server's shortcut rules, checked before sending so the reason shows beside the field. */
export const SHORTCUT_MAX = 25;
export const TEXT_MAX = 4096;

/** As the server stores it: without the slash people may type first, in lowercase. */
export function normaliseShortcut(input: string): string {
  return input.trim().replace(/^\//, '').toLowerCase();
}

/** Why a (normalised) shortcut would be refused, by the server's `details.rule`; none when fine. */
export function shortcutProblem(shortcut: string): 'length' | 'characters' | undefined {
  const length = [...shortcut].length;
  if (length < 1 || length > SHORTCUT_MAX) return 'length';
  // Lowercase letters, letters of scripts without case, ASCII digits and _, as the server has it.
  if (!/^[\p{Ll}\p{Lo}\p{Lm}0-9_]+$/u.test(shortcut)) return 'characters';
  return undefined;
}
