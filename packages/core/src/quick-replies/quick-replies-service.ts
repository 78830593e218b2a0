import type { MediaRecord } from '../media/index.js';
import { DomainError } from '../shared/errors.js';
import type { Clock, IdGenerator } from '../shared/ports.js';
import type { QuickReply, QuickReplyInput } from './quick-reply.js';
import {
  assertRoomForQuickReply,
  checkQuickReplyMedia,
  checkQuickReplyText,
  checkShortcut,
} from './quick-reply-policy.js';
import type { QuickReplyRepository } from './ports.js';

export interface QuickRepliesDeps {
  readonly replies: QuickReplyRepository;
  /** Refuses accounts that are not businesses. */
  readonly assertBusiness: (accountId: string) => Promise<void>;
  readonly media: (mediaId: string) => Promise<MediaRecord | undefined>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

const taken = (shortcut: string) =>
  new DomainError('conflict', `The shortcut /${shortcut} is taken by another quick reply`, { shortcut });

const byShortcut = (a: QuickReply, b: QuickReply) =>
  a.shortcut < b.shortcut ? -1 : a.shortcut > b.shortcut ? 1 : 0;

export function createQuickRepliesService(deps: QuickRepliesDeps) {
  async function checkMedia(mediaId: string | null | undefined): Promise<string | null> {
    if (mediaId === undefined || mediaId === null) return null;
    const record = await deps.media(mediaId);
    if (record === undefined) throw new DomainError('not_found', 'No such media', { mediaId });
    checkQuickReplyMedia(record.kind);
    return mediaId;
  }

  async function existing(businessId: string, id: string): Promise<QuickReply> {
    await deps.assertBusiness(businessId);
    const reply = await deps.replies.get(businessId, id);
    if (reply === undefined) throw new DomainError('not_found', 'No such quick reply');
    return reply;
  }

  return {
    /** By shortcut, the order the composer lists them in. */
    async list(businessId: string): Promise<QuickReply[]> {
      await deps.assertBusiness(businessId);
      return (await deps.replies.list(businessId)).sort(byShortcut);
    },

    async create(businessId: string, input: QuickReplyInput): Promise<QuickReply> {
      await deps.assertBusiness(businessId);
      const shortcut = checkShortcut(input.shortcut);
      const text = checkQuickReplyText(input.text);
      assertRoomForQuickReply(await deps.replies.count(businessId));
      const now = deps.clock.now();
      const reply: QuickReply = {
        id: deps.ids.next(),
        shortcut,
        text,
        mediaId: await checkMedia(input.mediaId),
        createdAt: now,
        updatedAt: now,
      };
      if (!(await deps.replies.create(businessId, reply))) throw taken(shortcut);
      return reply;
    },

    /** Changes what is given; a null mediaId takes the media off. */
    async update(businessId: string, id: string, change: Partial<QuickReplyInput>): Promise<QuickReply> {
      const current = await existing(businessId, id);
      const next: QuickReply = {
        ...current,
        shortcut: change.shortcut === undefined ? current.shortcut : checkShortcut(change.shortcut),
        text: change.text === undefined ? current.text : checkQuickReplyText(change.text),
        mediaId: change.mediaId === undefined ? current.mediaId : await checkMedia(change.mediaId),
        updatedAt: deps.clock.now(),
      };
      if (!(await deps.replies.update(businessId, next))) throw taken(next.shortcut);
      return next;
    },

    async delete(businessId: string, id: string): Promise<void> {
      await deps.assertBusiness(businessId);
      if (!(await deps.replies.delete(businessId, id)))
        throw new DomainError('not_found', 'No such quick reply');
    },
  };
}

export type QuickRepliesService = ReturnType<typeof createQuickRepliesService>;
