import type { MediaView } from '@parley/contracts';
import { ParleyApiError } from '@parley/sdk';

export interface UploadOptions {
  /** The device token: the upload goes out as the signed-in device. */
  readonly token: string;
  /** The declared type; the server checks the bytes against it. */
  readonly contentType: string;
  readonly filename?: string;
  /** Bytes sent so far, of the whole file. */
  readonly onProgress?: (sent: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * Uploads a file to `POST /v1/media`. The SDK's upload uses fetch, which cannot report upload
 * progress; XMLHttpRequest can, and large videos and documents need a progress bar.
 * Refusals reject with ParleyApiError, a lost connection with TypeError (as fetch does), a cancel
 * with an AbortError.
 */
export function uploadMedia(file: Blob, options: UploadOptions): Promise<MediaView> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted === true) {
      reject(new DOMException('Upload cancelled', 'AbortError'));
      return;
    }
    const url = new URL('/v1/media', window.location.origin);
    if (options.filename !== undefined) url.searchParams.set('filename', options.filename);
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('authorization', `Bearer ${options.token}`);
    request.setRequestHeader('content-type', options.contentType);
    request.responseType = 'text';
    request.upload.onprogress = (event) => options.onProgress?.(event.loaded, file.size);
    const abort = () => request.abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    const settle = () => options.signal?.removeEventListener('abort', abort);
    request.onload = () => {
      settle();
      try {
        const body: unknown = request.responseText === '' ? undefined : JSON.parse(request.responseText);
        if (request.status >= 200 && request.status < 300) resolve(body as MediaView);
        else reject(apiError(request.status, body));
      } catch {
        reject(new ParleyApiError(request.status, 'http_error', request.statusText));
      }
    };
    request.onerror = () => {
      settle();
      reject(new TypeError('Network error during upload'));
    };
    request.onabort = () => {
      settle();
      reject(new DOMException('Upload cancelled', 'AbortError'));
    };
    request.send(file);
  });
}

function apiError(status: number, body: unknown): ParleyApiError {
  const error = (body as { error?: { code?: string; message?: string; details?: Record<string, unknown> } })
    ?.error;
  return new ParleyApiError(status, error?.code ?? 'http_error', error?.message ?? '', error?.details);
}

/** Whether a rejection is the user's own cancel, which needs no message. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
