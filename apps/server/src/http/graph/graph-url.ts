/** Where the Graph API lives inside the server once its URL is rewritten. */
export const GRAPH_PREFIX = '/graph';

/** The version Parley reports when a request names none. */
export const DEFAULT_GRAPH_VERSION = 'v23.0';

const VERSIONED = /^\/(v\d+\.\d+)(\/[^?]*)?(\?.*)?$/;
// Graph also answers without a version (some SDKs call `/{PNID}/block_users`): a path starting
// with a numeric id, a group id or an upload session is the Graph's, never the client API's.
const UNVERSIONED = /^\/(\d+|upload:[^/?]+|debug_token|app|Y2FwaV9ncm91[\w-]+)(\/[^?]*)?(\?.*)?$/;

/**
 * Graph paths (`/v23.0/{id}/messages`, `/{id}`) become `/graph/...` so they route apart from the
 * client API (`/v1/...`), whose version has no dot. The original URL stays on the request.
 */
export function rewriteGraphUrl(url: string): string {
  const versioned = VERSIONED.exec(url);
  if (versioned !== null) return `${GRAPH_PREFIX}${versioned[2] ?? '/'}${versioned[3] ?? ''}`;
  if (UNVERSIONED.test(url)) return `${GRAPH_PREFIX}${url}`;
  return url;
}

/** The version a Graph request named, from its original URL. */
export function graphVersionOf(originalUrl: string): string {
  return VERSIONED.exec(originalUrl)?.[1] ?? DEFAULT_GRAPH_VERSION;
}
