import {
  checkContent,
  mediaIdsOf,
  type ClientContent,
  type Message,
  type Sender,
  type SendInput,
} from '../messages/index.js';
import { DomainError, isDomainError } from '../shared/errors.js';
import type { Clock, IdGenerator } from '../shared/ports.js';
import type {
  Broadcast,
  BroadcastDelivery,
  BroadcastList,
  BroadcastRecipient,
  BroadcastTotals,
  RecipientStatus,
} from './broadcast.js';
import {
  assertBroadcastable,
  BROADCAST_LIMITS,
  checkListName,
  checkRecipientPhones,
  previewOf,
  recipientStatusOf,
  splitBySavedNumber,
  totalsOf,
} from './broadcast-policy.js';
import type { BroadcastListRepository, BroadcastRecord, BroadcastRepository } from './ports.js';

export interface BroadcastDeps {
  readonly lists: BroadcastListRepository;
  readonly broadcasts: BroadcastRepository;
  /** Refuses accounts that are not businesses. */
  readonly assertBusiness: (accountId: string) => Promise<void>;
  readonly phoneOf: (accountId: string) => Promise<string>;
  /** Account ids by E.164 number, for the numbers that are on Parley. */
  readonly accountIdsByPhone: (phones: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  /** Of these accounts, the ones that saved `phone` in their contacts. */
  readonly whoSaved: (phone: string, accountIds: readonly string[]) => Promise<ReadonlySet<string>>;
  /** The direct chat between two accounts, created on first use. */
  readonly openDirect: (accountId: string, otherId: string) => Promise<{ readonly id: string }>;
  readonly send: (sender: Sender, input: SendInput) => Promise<Message>;
  /** Returns the ids among `mediaIds` that do not exist. */
  readonly missingMedia: (mediaIds: readonly string[]) => Promise<string[]>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export interface BroadcastListInput {
  readonly name: string;
  /** Phone numbers of accounts on Parley. */
  readonly recipients: readonly string[];
}

/** A list with, per recipient, whether a broadcast would reach them today. */
export interface BroadcastListDetails extends BroadcastList {
  readonly savedBy: ReadonlySet<string>;
}

export interface BroadcastReport extends Omit<BroadcastRecord, 'deliveries'> {
  readonly recipients: readonly (BroadcastDelivery & { readonly status: RecipientStatus })[];
  readonly totals: BroadcastTotals;
}

const BROADCASTS_PAGE_MAX = 100;

function reportOf(record: BroadcastRecord): BroadcastReport {
  const { deliveries, ...broadcast } = record;
  const recipients = deliveries.map((d) => ({
    accountId: d.accountId,
    phone: d.phone,
    outcome: d.outcome,
    chatId: d.chatId,
    messageId: d.messageId,
    status: recipientStatusOf(d),
  }));
  return { ...broadcast, recipients, totals: totalsOf(recipients.map((r) => r.status)) };
}

export function createBroadcastService(deps: BroadcastDeps) {
  async function existing(businessId: string, listId: string): Promise<BroadcastList> {
    await deps.assertBusiness(businessId);
    const list = await deps.lists.get(businessId, listId);
    if (list === undefined) throw new DomainError('not_found', 'No such broadcast list');
    return list;
  }

  /** Numbers to recipients; every number must belong to an account on Parley. */
  async function recipientsOf(businessId: string, inputs: readonly string[]): Promise<BroadcastRecipient[]> {
    const phones = checkRecipientPhones(inputs, await deps.phoneOf(businessId));
    const ids = phones.length === 0 ? new Map<string, string>() : await deps.accountIdsByPhone(phones);
    const notOnParley = phones.filter((phone) => !ids.has(phone));
    if (notOnParley.length > 0) {
      throw new DomainError('invalid_argument', 'Some numbers are not on Parley', { notOnParley });
    }
    return phones.map((phone) => ({ accountId: ids.get(phone)!, phone }));
  }

  async function withSaved(list: BroadcastList): Promise<BroadcastListDetails> {
    const ids = list.recipients.map((r) => r.accountId);
    const savedBy =
      ids.length === 0 ? new Set<string>() : await deps.whoSaved(await deps.phoneOf(list.businessId), ids);
    return { ...list, savedBy };
  }

  async function deliver(
    sender: Sender,
    recipient: BroadcastRecipient,
    content: ClientContent,
  ): Promise<BroadcastDelivery> {
    try {
      const chat = await deps.openDirect(sender.accountId, recipient.accountId);
      const message = await deps.send(sender, { ...content, chatId: chat.id });
      return { ...recipient, outcome: 'sent', chatId: chat.id, messageId: message.id };
    } catch (error) {
      // One recipient's refusal (the business blocked them) must not stop the others.
      if (!isDomainError(error)) throw error;
      return { ...recipient, outcome: 'failed', chatId: null, messageId: null };
    }
  }

  async function report(businessId: string, broadcastId: string): Promise<BroadcastReport> {
    await deps.assertBusiness(businessId);
    const record = await deps.broadcasts.get(businessId, broadcastId);
    if (record === undefined) throw new DomainError('not_found', 'No such broadcast');
    return reportOf(record);
  }

  return {
    async lists(businessId: string): Promise<BroadcastList[]> {
      await deps.assertBusiness(businessId);
      return deps.lists.list(businessId);
    },

    get: async (businessId: string, listId: string) => withSaved(await existing(businessId, listId)),

    async create(businessId: string, input: BroadcastListInput): Promise<BroadcastListDetails> {
      await deps.assertBusiness(businessId);
      const name = checkListName(input.name);
      const recipients = await recipientsOf(businessId, input.recipients);
      if ((await deps.lists.count(businessId)) >= BROADCAST_LIMITS.listsPerBusiness) {
        throw new DomainError(
          'limit_exceeded',
          `A business keeps at most ${BROADCAST_LIMITS.listsPerBusiness} broadcast lists`,
        );
      }
      const now = deps.clock.now();
      const list: BroadcastList = {
        id: deps.ids.next(),
        businessId,
        name,
        recipients,
        createdAt: now,
        updatedAt: now,
      };
      await deps.lists.create(businessId, list);
      return withSaved(list);
    },

    async update(
      businessId: string,
      listId: string,
      change: Partial<BroadcastListInput>,
    ): Promise<BroadcastListDetails> {
      await existing(businessId, listId);
      const updated = await deps.lists.update(businessId, listId, {
        ...(change.name === undefined ? {} : { name: checkListName(change.name) }),
        ...(change.recipients === undefined
          ? {}
          : { recipients: await recipientsOf(businessId, change.recipients) }),
        updatedAt: deps.clock.now(),
      });
      if (updated === undefined) throw new DomainError('not_found', 'No such broadcast list');
      return withSaved(updated);
    },

    async delete(businessId: string, listId: string): Promise<void> {
      await deps.assertBusiness(businessId);
      if (!(await deps.lists.delete(businessId, listId))) {
        throw new DomainError('not_found', 'No such broadcast list');
      }
    },

    /**
     * Sends the content to each recipient who saved the business's number, as an individual
     * message in their direct chat, from the business's device; records who got what.
     */
    async send(sender: Sender, listId: string, content: ClientContent): Promise<BroadcastReport> {
      const list = await existing(sender.accountId, listId);
      assertBroadcastable(content);
      if (list.recipients.length === 0) {
        throw new DomainError('invalid_argument', 'This broadcast list has no recipients');
      }
      // Checked once here so that a bad message is refused before anyone receives it.
      checkContent(content);
      const missing = await deps.missingMedia(mediaIdsOf(content));
      if (missing.length > 0) throw new DomainError('not_found', 'No such media', { missing });
      const { savedBy } = await withSaved(list);
      const { receivers } = splitBySavedNumber(list.recipients, savedBy);
      const sent = new Map(
        (await Promise.all(receivers.map((r) => deliver(sender, r, content)))).map((d) => [d.accountId, d]),
      );
      const broadcast: Broadcast = {
        id: deps.ids.next(),
        businessId: sender.accountId,
        listId: list.id,
        listName: list.name,
        contentType: content.type,
        preview: previewOf(content),
        createdAt: deps.clock.now(),
        deliveries: list.recipients.map(
          (r) => sent.get(r.accountId) ?? { ...r, outcome: 'not_saved', chatId: null, messageId: null },
        ),
      };
      await deps.broadcasts.create(sender.accountId, broadcast);
      return report(sender.accountId, broadcast.id);
    },

    broadcast: report,

    async broadcasts(
      businessId: string,
      page: { before?: string; limit?: number } = {},
    ): Promise<BroadcastReport[]> {
      await deps.assertBusiness(businessId);
      const limit = Math.min(page.limit ?? 50, BROADCASTS_PAGE_MAX);
      const records = await deps.broadcasts.list(businessId, { ...page, limit });
      return records.map(reportOf);
    },
  };
}

export type BroadcastService = ReturnType<typeof createBroadcastService>;
