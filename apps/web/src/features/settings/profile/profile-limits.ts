/** The server's profile limits, counted as it counts them: code points after trimming. */
export const NAME_MAX = 25;
export const ABOUT_MAX = 139;

export function lengthOf(text: string): number {
  return [...text.trim()].length;
}
