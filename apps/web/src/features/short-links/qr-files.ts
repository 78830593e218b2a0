import QRCode from 'qrcode';
import { saveFile } from '../chat/content/save-file';

/** Large enough to print on a poster or a menu without blurring; the page shows it scaled down. */
const PNG_WIDTH = 1024;
/** The quiet zone scanners need around the code, in modules. */
const MARGIN = 2;

export function qrPngDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { width: PNG_WIDTH, margin: MARGIN });
}

/** Saves the QR code as an SVG file, which print shops scale to any size. */
export async function saveQrSvg(text: string, filename: string): Promise<void> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: MARGIN });
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  saveFile(url, filename);
  // The click has started the download; the URL is no longer needed once it has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
