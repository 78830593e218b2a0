import type { CSSProperties } from 'react';
import { labelColour } from './label-palette';

/** A label's colour as a dot; decorative, the label's name always goes beside it. */
export function LabelDot({ colour, size = 12 }: { colour: number; size?: number }) {
  const style = { '--label-colour': labelColour(colour), '--label-dot-size': `${size}px` } as CSSProperties;
  return <span className="label-dot" style={style} aria-hidden="true" />;
}
