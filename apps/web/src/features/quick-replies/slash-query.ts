/** What the composer's `/` is asking for: the `/word` being typed and where it sits in the text. */
export interface SlashQuery {
  /** Index of the slash. */
  readonly start: number;
  /** Index just after the word (the caret). */
  readonly end: number;
  /** What follows the slash, as typed. */
  readonly query: string;
}

// The characters a shortcut may hold: letters of any script (with their marks), digits and _.
const SHORTCUT_CHARS = /^[\p{L}\p{M}\p{N}_]*$/u;

/**
 * The `/word` ending at the caret, when its slash opens the message or follows a space or a line
 * break; a slash inside a word ("and/or", a URL) asks for nothing.
 */
export function slashQueryAt(text: string, caret: number): SlashQuery | null {
  // lastIndexOf reads a negative start as 0: with the caret before everything there is no word.
  if (caret < 1) return null;
  const start = text.lastIndexOf('/', caret - 1);
  if (start < 0) return null;
  const query = text.slice(start + 1, caret);
  if (!SHORTCUT_CHARS.test(query)) return null;
  if (start > 0 && !/\s/u.test(text[start - 1]!)) return null;
  return { start, end: caret, query };
}

/** The text with the `/word` replaced by a reply's text, and where the caret goes after it. */
export function replaceSlashQuery(
  text: string,
  slash: SlashQuery,
  replacement: string,
): { text: string; caret: number } {
  const before = text.slice(0, slash.start);
  return { text: before + replacement + text.slice(slash.end), caret: before.length + replacement.length };
}
