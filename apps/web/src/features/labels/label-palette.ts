/**
 * The Business app's 20 label colours, indexed as the server stores them (`colour: 0..19`). Each
 * has a contrast of at least 3:1 on the light and on the dark surface, so a dot or a chip edge reads
 * in both themes without a second palette. Neighbouring indices lie far apart on the colour wheel,
 * so the defaults (the first five) and labels made one after another are easy to tell apart.
 */
export const LABEL_PALETTE: readonly string[] = [
  '#de4343',
  '#2f8d3f',
  '#8b67d3',
  '#bb650f',
  '#188a81',
  '#c248c2',
  '#877d0f',
  '#2381c4',
  '#d74576',
  '#4d8a2e',
  '#6f6fdb',
  '#d55018',
  '#238c69',
  '#a55dc9',
  '#a0740d',
  '#1c879c',
  '#d043a1',
  '#6c8521',
  '#4578de',
  '#6b7f88',
];

/** The CSS colour of a palette index; an index the palette lacks falls back to the grey. */
export function labelColour(index: number): string {
  return LABEL_PALETTE[index] ?? LABEL_PALETTE[LABEL_PALETTE.length - 1]!;
}
