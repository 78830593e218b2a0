import type { MediaRecord, MediaService, UploadInput } from '../media/index.js';
import { canonicalMime, MEDIA_LIMITS } from '../media/index.js';
import {
  PlatformError,
  unknownObject,
  type GraphIds,
  type GraphPrincipal,
  type Permission,
  type PlatformNumber,
} from '../platform/index.js';
import type { Clock, Secrets } from '../shared/ports.js';
import {
  GRAPH_MEDIA_LIFETIMES,
  type GraphMedia,
  type GraphMediaOrigin,
  type MediaSource,
  type SendMediaKind,
} from './graph-media.js';
import { mimeFromUrl } from './link-mime.js';
import type { GraphMediaRepository, MediaLinkFetcher } from './ports.js';

export interface GraphMediaDeps {
  readonly repository: GraphMediaRepository;
  readonly media: Pick<MediaService, 'upload' | 'get'>;
  readonly fetcher: MediaLinkFetcher;
  /** The platform's tenancy and grant check (`platform.assertGrant`). */
  readonly assertGrant: (
    principal: GraphPrincipal,
    id: string,
    wabaId: string,
    permission: Permission,
  ) => void;
  readonly graphIds: GraphIds;
  readonly secrets: Secrets;
  readonly clock: Clock;
}

/** Links remembered at most; the oldest is forgotten first. */
export const LINK_CACHE_ENTRIES = 10_000;

/** Everything the Graph shows of one media id. */
export interface GraphMediaView {
  readonly graphMedia: GraphMedia;
  readonly record: MediaRecord;
}

const MESSAGING: Permission = 'whatsapp_business_messaging';

/**
 * Graph media ids over Parley's media (contract section 3): uploads by platform numbers, ids for
 * files people send them, and the `{id}` or `{link}` of a send turned into an internal media id.
 */
export function createGraphMediaService(deps: GraphMediaDeps) {
  const { repository, clock } = deps;
  const links = new Map<string, { mediaId: string; kind: SendMediaKind; until: number }>();
  const fetching = new Map<string, Promise<MediaRecord>>();

  async function create(
    mediaId: string,
    number: Pick<PlatformNumber, 'id' | 'wabaId'>,
    origin: GraphMediaOrigin,
  ): Promise<GraphMedia> {
    const now = clock.now();
    const graphMedia: GraphMedia = {
      id: deps.graphIds.next('media'),
      mediaId,
      phoneNumberId: number.id,
      wabaId: number.wabaId,
      origin,
      urlKey: deps.secrets.randomToken(24),
      createdAt: now,
      expiresAt: now + GRAPH_MEDIA_LIFETIMES[origin],
      deletedAt: null,
    };
    await repository.create(graphMedia);
    return graphMedia;
  }

  /** A live id or nothing: deleted and expired ids are gone, as unknown ones are. */
  async function live(id: string): Promise<GraphMedia | undefined> {
    const found = await repository.get(id);
    if (found === undefined || found.deletedAt !== null || found.expiresAt <= clock.now()) return undefined;
    return found;
  }

  /** Unknown, foreign, gone, or another number's when `phoneNumberId` is given: all 100/33 alike. */
  async function access(
    principal: GraphPrincipal,
    id: string,
    phoneNumberId: string | undefined,
  ): Promise<GraphMedia> {
    const found = await live(id);
    if (found === undefined) throw unknownObject(id);
    deps.assertGrant(principal, id, found.wabaId, MESSAGING);
    if (phoneNumberId !== undefined && phoneNumberId !== found.phoneNumberId) throw unknownObject(id);
    return found;
  }

  function assertKind(record: MediaRecord, kind: SendMediaKind, what: string): void {
    if (record.kind !== kind) {
      throw new PlatformError(131053, `${what} is ${article(record.kind)}, not ${article(kind)}`);
    }
  }

  async function fetchLink(url: string, kind: SendMediaKind, owner: PlatformNumber): Promise<MediaRecord> {
    const limit = kind === 'sticker' ? MEDIA_LIMITS.animatedSticker : MEDIA_LIMITS[kind];
    const { bytes, contentType } = await deps.fetcher.fetch(url, limit);
    const declared = acceptedMime(contentType) ?? mimeFromUrl(url);
    if (declared === undefined) {
      throw new PlatformError(
        131053,
        `The media at ${url} has the unsupported type ${contentType ?? 'none'}`,
      );
    }
    try {
      return await deps.media.upload(owner.accountId, {
        bytes,
        declaredMime: declared,
        filename: fileNameOf(url),
      });
    } catch (error) {
      if (error instanceof PlatformError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new PlatformError(131053, `The media at ${url} cannot be used: ${reason}`);
    }
  }

  const service = {
    /** Stores a number's upload; the id lives 30 days. */
    async upload(number: PlatformNumber, input: UploadInput): Promise<GraphMediaView> {
      const record = await deps.media.upload(number.accountId, input);
      return { graphMedia: await create(record.id, number, 'upload'), record };
    },

    /**
     * The Graph id of a file a person sent the number, for its webhook: found again while it lives
     * (a replayed webhook shows the same id), else a new one that lives 7 days.
     */
    async graphMediaFor(internalMediaId: string, numberId: string, wabaId: string): Promise<GraphMedia> {
      const found = await repository.findLive(internalMediaId, numberId, clock.now());
      return found ?? create(internalMediaId, { id: numberId, wabaId }, 'inbound');
    },

    /** `GET /{media-id}`: the id's file, for a caller of its WABA with the messaging grant. */
    async get(principal: GraphPrincipal, id: string, phoneNumberId?: string): Promise<GraphMediaView> {
      const graphMedia = await access(principal, id, phoneNumberId);
      return { graphMedia, record: await deps.media.get(graphMedia.mediaId) };
    },

    /** `DELETE /{media-id}`: the id stops working at once; the bytes stay for messages that hold them. */
    async remove(principal: GraphPrincipal, id: string, phoneNumberId?: string): Promise<void> {
      await access(principal, id, phoneNumberId);
      if (!(await repository.markDeleted(id, clock.now()))) throw unknownObject(id);
    },

    /**
     * Fetches a send's `link` and stores it as the number's media; the same exact URL within 10
     * minutes is not fetched again. Failures are `PlatformError(131053)`.
     */
    async resolveMediaLink(url: string, kind: SendMediaKind, owner: PlatformNumber): Promise<string> {
      const cached = links.get(url);
      if (cached !== undefined && cached.until > clock.now()) {
        if (cached.kind !== kind) {
          throw new PlatformError(
            131053,
            `The media at ${url} is ${article(cached.kind)}, not ${article(kind)}`,
          );
        }
        return cached.mediaId;
      }
      // Concurrent sends of one link share one fetch.
      let pending = fetching.get(url);
      if (pending === undefined) {
        pending = fetchLink(url, kind, owner).finally(() => fetching.delete(url));
        fetching.set(url, pending);
      }
      const record = await pending;
      assertKind(record, kind, `The media at ${url}`);
      links.delete(url);
      links.set(url, {
        mediaId: record.id,
        kind: record.kind,
        until: clock.now() + GRAPH_MEDIA_LIFETIMES.linkCache,
      });
      if (links.size > LINK_CACHE_ENTRIES) links.delete(links.keys().next().value!);
      return record.id;
    },

    /**
     * The internal media id for a send's media object (`image`, `video`, … or a header's). An id
     * must be a live id of the sender's WABA: an unknown, foreign, expired or deleted id is
     * 131009 naming `field`, since to the sender it is a parameter value that is not valid; media
     * of another kind than the object's is 131053.
     */
    async resolveGraphMedia(
      number: PlatformNumber,
      source: MediaSource,
      kind: SendMediaKind,
      field: string = kind,
    ): Promise<string> {
      if (source.id !== undefined && source.link !== undefined) {
        throw new PlatformError(131009, `Param ${field} must have either id or link, not both.`);
      }
      if (source.link !== undefined) return service.resolveMediaLink(source.link, kind, number);
      if (source.id === undefined) throw new PlatformError(131008, `The parameter ${field}.id is required.`);
      const found = await live(source.id);
      if (found === undefined || found.wabaId !== number.wabaId) {
        throw new PlatformError(131009, `Param ${field}.id is not valid: no media with ID '${source.id}'.`);
      }
      const record = await deps.media.get(found.mediaId);
      assertKind(record, kind, `Media ${source.id}`);
      return record.id;
    },

    /** A live id without a caller, for the download route, which checks the caller itself. */
    live,
  };
  return service;
}

export type GraphMediaService = ReturnType<typeof createGraphMediaService>;

function acceptedMime(contentType: string | undefined): string | undefined {
  return contentType === undefined ? undefined : canonicalMime(contentType);
}

function fileNameOf(url: string): string | undefined {
  const last = url.split(/[?#]/)[0]!.split('/').pop();
  if (last === undefined || last === '') return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

const article = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);
