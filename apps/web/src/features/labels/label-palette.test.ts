import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LABEL_PALETTE, labelColour } from './label-palette';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

// The surfaces labels are drawn on, from ui/theme.css: light, then dark.
const SURFACES = ['#ffffff', '#111b21'];

test('the palette has the 20 colours the server indexes, all different', () => {
  assert.equal(LABEL_PALETTE.length, 20);
  assert.equal(new Set(LABEL_PALETTE).size, 20);
  for (const colour of LABEL_PALETTE) assert.match(colour, /^#[0-9a-f]{6}$/);
});

test('every colour stands out at 3:1 on both the light and the dark surface', () => {
  for (const colour of LABEL_PALETTE) {
    for (const surface of SURFACES) {
      assert.ok(contrast(colour, surface) >= 3, `${colour} on ${surface}: ${contrast(colour, surface)}`);
    }
  }
});

test('an index outside the palette falls back to its last colour', () => {
  assert.equal(labelColour(0), LABEL_PALETTE[0]);
  assert.equal(labelColour(19), LABEL_PALETTE[19]);
  assert.equal(labelColour(42), LABEL_PALETTE[19]);
});
