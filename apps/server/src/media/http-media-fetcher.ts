import { PlatformError, type FetchedMedia, type MediaLinkFetcher } from '@parley/core';
import { checkCallbackUrl } from '../webhooks/webhook-verification.js';

export interface HttpMediaFetcherOptions {
  /** Whether links may point at the server's own networks (development); as for webhooks. */
  readonly allowPrivate: boolean;
  /** The whole fetch, redirects and body included. */
  readonly timeoutMs?: number;
  readonly maxRedirects?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a send's media `link` over http(s): a few redirects, each to a public http(s) address
 * unless private ones are allowed (as for webhook callbacks), a timeout for
 * the whole exchange, and a byte cap checked against Content-Length and again while reading, so a
 * server that lies about the length still cannot make Parley hold more than the kind allows.
 */
export function createHttpMediaFetcher(options: HttpMediaFetcherOptions): MediaLinkFetcher {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxRedirects = options.maxRedirects ?? 3;

  return {
    async fetch(link: string, maxBytes: number): Promise<FetchedMedia> {
      const signal = AbortSignal.timeout(timeoutMs);
      let url = httpUrl(link, link);
      for (let redirects = 0; ; redirects++) {
        const allowed = await checkCallbackUrl(url.toString(), options.allowPrivate);
        if (!allowed.ok)
          throw new PlatformError(131053, `The link ${link} may not be fetched: ${allowed.reason}`);
        let response: Response;
        try {
          response = await fetch(url, { redirect: 'manual', signal, headers: { accept: '*/*' } });
        } catch (error) {
          throw failed(
            link,
            error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'unreachable',
          );
        }
        const location = response.headers.get('location');
        if (REDIRECTS.has(response.status) && location !== null) {
          await response.body?.cancel();
          if (redirects >= maxRedirects) throw failed(link, 'too many redirects');
          url = httpUrl(new URL(location, url).toString(), link);
          continue;
        }
        if (!response.ok) {
          await response.body?.cancel();
          throw failed(link, `error: ${response.status}`);
        }
        const length = Number(response.headers.get('content-length') ?? Number.NaN);
        if (length > maxBytes) {
          await response.body?.cancel();
          throw tooLarge(link, maxBytes);
        }
        const bytes = await readCapped(response, link, maxBytes);
        return { bytes, contentType: response.headers.get('content-type') ?? undefined };
      }
    },
  };
}

function httpUrl(candidate: string, link: string): URL {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new PlatformError(131053, `The link ${link} is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PlatformError(131053, `The link ${link} must be an http(s) URL`);
  }
  return url;
}

async function readCapped(response: Response, link: string, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (reader === undefined) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw tooLarge(link, maxBytes);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof PlatformError) throw error;
    throw failed(link, 'the download broke off');
  }
  return Buffer.concat(chunks);
}

/** In the words of Meta's older 131014: "Request for url … failed with error: 404". */
const failed = (link: string, reason: string) =>
  new PlatformError(131053, `Request for url ${link} failed with ${reason}`);

const tooLarge = (link: string, maxBytes: number) =>
  new PlatformError(131053, `The media at ${link} is larger than the ${maxBytes} bytes its kind allows`);
