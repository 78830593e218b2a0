/** A business logo shows large on the profile: the server asks for 192×192 pixels at least. */
export const LOGO_MIN_PIXELS = 192;
/** Larger logos are scaled down to this side: sharper than any place the logo is shown. */
export const LOGO_MAX_PIXELS = 640;

export interface SquareCrop {
  /** Where the square starts in the source image, and its side there. */
  readonly sourceX: number;
  readonly sourceY: number;
  readonly sourceSide: number;
  /** The side of the logo drawn from it. */
  readonly side: number;
}

/**
 * The centred square of an image, as the Business app crops logos; undefined when the image is
 * smaller than a logo may be.
 */
export function centredSquare(width: number, height: number): SquareCrop | undefined {
  const sourceSide = Math.min(width, height);
  if (!(sourceSide >= LOGO_MIN_PIXELS)) return undefined;
  return {
    sourceX: Math.floor((width - sourceSide) / 2),
    sourceY: Math.floor((height - sourceSide) / 2),
    sourceSide,
    side: Math.min(sourceSide, LOGO_MAX_PIXELS),
  };
}
