import { centredSquare, LOGO_MIN_PIXELS } from './square-crop';

/** The chosen image is smaller than a logo may be; the picker says so before uploading. */
export class LogoTooSmallError extends Error {
  constructor() {
    super(`A logo is at least ${LOGO_MIN_PIXELS}×${LOGO_MIN_PIXELS} pixels`);
    this.name = 'LogoTooSmallError';
  }
}

/**
 * Crops a chosen image to its centred square in the browser, so the upload is the logo customers
 * see; refuses images under the minimum size without sending them.
 */
export async function cropLogo(file: File): Promise<File> {
  const image = await createImageBitmap(file);
  try {
    const crop = centredSquare(image.width, image.height);
    if (crop === undefined) throw new LogoTooSmallError();
    const canvas = document.createElement('canvas');
    canvas.width = crop.side;
    canvas.height = crop.side;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas');
    context.drawImage(
      image,
      crop.sourceX,
      crop.sourceY,
      crop.sourceSide,
      crop.sourceSide,
      0,
      0,
      crop.side,
      crop.side,
    );
    // PNG keeps a transparent logo transparent; JPEG stays JPEG to stay small.
    const type = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.9));
    if (blob === null) throw new Error('the logo could not be encoded');
    return new File([blob], file.name, { type });
  } finally {
    image.close();
  }
}
