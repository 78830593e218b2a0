/**
 * Saves a file the app already holds as an object URL under a given name: an `<a download>` is
 * the only way a page can name a download, and a plain link cannot carry the device token.
 */
export function saveFile(objectUrl: string, filename: string): void {
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
  'video/3gpp': '3gp',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/aac': 'aac',
  'audio/amr': 'amr',
};

/** A name for media sent without one: "parley-<id>.<ext>". */
export function fallbackFilename(mediaId: string, mimeType: string | undefined): string {
  const extension = mimeType === undefined ? undefined : EXTENSIONS[mimeType];
  return extension === undefined ? `parley-${mediaId}` : `parley-${mediaId}.${extension}`;
}
