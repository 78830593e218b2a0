import type { QuickReply } from './quick-reply.js';

/** Every call names the business that owns the replies; one business never reaches another's. */
export interface QuickReplyRepository {
  list(businessId: string): Promise<QuickReply[]>;
  get(businessId: string, id: string): Promise<QuickReply | undefined>;
  count(businessId: string): Promise<number>;
  /** Resolves false, storing nothing, when the business already has the shortcut. */
  create(businessId: string, reply: QuickReply): Promise<boolean>;
  /** Resolves false, storing nothing, when another of the business's replies has the shortcut. */
  update(businessId: string, reply: QuickReply): Promise<boolean>;
  /** Resolves whether the reply existed. */
  delete(businessId: string, id: string): Promise<boolean>;
}
