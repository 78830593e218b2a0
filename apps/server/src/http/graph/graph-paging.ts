import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';

/** Graph's paging parameters. */
export const PagingQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  after: Type.Optional(Type.String({ maxLength: 512 })),
  before: Type.Optional(Type.String({ maxLength: 512 })),
};

export const DEFAULT_PAGE_SIZE = 25;

/** Cursors are opaque to clients, as Graph's are. */
export const encodeCursor = (cursor: string): string => Buffer.from(cursor).toString('base64url');
export const decodeCursor = (cursor: string | undefined): string | undefined =>
  cursor === undefined ? undefined : Buffer.from(cursor, 'base64url').toString();

export interface GraphPage<T> {
  data: T[];
  paging?: { cursors: { before: string; after: string }; next?: string };
}

/**
 * A page in Graph's shape from `limit + 1` rows: `next` appears only when another page exists,
 * since clients stop when it is missing. The link keeps the caller's own URL, version included.
 */
export function graphPage<Row, Item>(
  request: FastifyRequest,
  rows: readonly Row[],
  limit: number,
  cursorOf: (row: Row) => string,
  view: (row: Row) => Item,
): GraphPage<Item> {
  const page = rows.slice(0, limit);
  if (page.length === 0) return { data: [] };
  const cursors = {
    before: encodeCursor(cursorOf(page[0]!)),
    after: encodeCursor(cursorOf(page[page.length - 1]!)),
  };
  const result: GraphPage<Item> = { data: page.map(view), paging: { cursors } };
  if (rows.length > limit) result.paging!.next = nextLink(request, cursors.after);
  return result;
}

export function nextLink(request: FastifyRequest, after: string): string {
  const url = new URL(request.originalUrl, `${request.protocol}://${request.host}`);
  url.searchParams.delete('before');
  url.searchParams.delete('access_token');
  url.searchParams.set('after', after);
  return url.toString();
}

/** Graph's `previous` link, for lists that page both ways (`before` is an encoded cursor). */
export function previousLink(request: FastifyRequest, before: string): string {
  const url = new URL(request.originalUrl, `${request.protocol}://${request.host}`);
  url.searchParams.delete('after');
  url.searchParams.delete('access_token');
  url.searchParams.set('before', before);
  return url.toString();
}
