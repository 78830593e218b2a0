import type { Broadcast, BroadcastList, BroadcastRecipient, DeliveryReceipts } from './broadcast.js';

export interface BroadcastListChange {
  readonly name?: string;
  readonly recipients?: readonly BroadcastRecipient[];
  readonly updatedAt: number;
}

export interface BroadcastListRepository {
  /** The business's lists, most recently changed first. */
  list(businessId: string): Promise<BroadcastList[]>;
  get(businessId: string, listId: string): Promise<BroadcastList | undefined>;
  count(businessId: string): Promise<number>;
  create(businessId: string, list: BroadcastList): Promise<void>;
  /** Replaces the given fields; resolves with the list, or undefined when the business has no such list. */
  update(businessId: string, listId: string, change: BroadcastListChange): Promise<BroadcastList | undefined>;
  /** Resolves whether the list existed. Broadcasts already sent to it are kept. */
  delete(businessId: string, listId: string): Promise<boolean>;
}

/** A stored broadcast, each delivery read together with the recipient's current receipts. */
export interface BroadcastRecord extends Omit<Broadcast, 'deliveries'> {
  readonly deliveries: readonly DeliveryReceipts[];
}

export interface BroadcastRepository {
  create(businessId: string, broadcast: Broadcast): Promise<void>;
  get(businessId: string, broadcastId: string): Promise<BroadcastRecord | undefined>;
  /** Newest first; `before` is a broadcast id to page past. */
  list(businessId: string, page: { before?: string; limit: number }): Promise<BroadcastRecord[]>;
}
