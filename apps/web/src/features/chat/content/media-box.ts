/** The largest side a photo or video takes in a bubble, as on WhatsApp Web. */
const MAX_SIDE = 330;
/** Thin panoramas and tiny images still get a box that can be seen and clicked. */
const MIN_SIDE = 120;
/** Before the media's size is known (and for videos, whose size the server does not read). */
const DEFAULT_BOX = { width: MAX_SIDE, height: Math.round((MAX_SIDE * 9) / 16) };

export interface Box {
  readonly width: number;
  readonly height: number;
}

/** The box a picture of this size is drawn in, reserved before it loads so nothing jumps. */
export function fitBox(width: number | null | undefined, height: number | null | undefined): Box {
  if (width == null || height == null || width <= 0 || height <= 0) return DEFAULT_BOX;
  const scale = Math.min(1, MAX_SIDE / width, MAX_SIDE / height);
  return {
    width: Math.round(Math.max(MIN_SIDE, width * scale)),
    height: Math.round(Math.max(MIN_SIDE, height * scale)),
  };
}

/** Inline style of a box that keeps its ratio when a narrow screen squeezes it. */
export function boxStyle(box: Box) {
  return { width: box.width, aspectRatio: `${box.width} / ${box.height}` };
}
