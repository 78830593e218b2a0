import { normalizePhone } from '../accounts/index.js';
import { isActive, peerOf, type ChatRepository } from '../chats/index.js';
import type { ContactRepository } from '../contacts/index.js';
import { DomainError } from '../shared/errors.js';
import type { Clock, IdGenerator } from '../shared/ports.js';
import type { Label, LabelAssignments, LabelWithCounts } from './label.js';
import {
  assertRoomForLabel,
  checkLabelColour,
  checkLabelName,
  compareLabels,
  defaultLabels,
} from './label-policy.js';
import type { LabelRepository } from './ports.js';

export interface LabelsDeps {
  readonly labels: LabelRepository;
  /** Refuses accounts that are not businesses. */
  readonly assertBusiness: (accountId: string) => Promise<void>;
  readonly chats: Pick<ChatRepository, 'get' | 'member'>;
  readonly contacts: Pick<ContactRepository, 'get'>;
  /** Account ids by E.164 number, for the numbers that are on Parley. */
  readonly accountIdsByPhone: (phones: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export interface LabelInput {
  readonly name: string;
  readonly colour: number;
}

const count = (ids: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
};

export function createLabelsService(deps: LabelsDeps) {
  // Seeding is stored once per business and never undone, so a node that has seen it done can skip it.
  const seeded = new Set<string>();

  async function businessWithDefaults(businessId: string): Promise<void> {
    await deps.assertBusiness(businessId);
    if (seeded.has(businessId)) return;
    await deps.labels.seedDefaults(
      businessId,
      defaultLabels(() => deps.ids.next(), deps.clock.now()),
    );
    seeded.add(businessId);
  }

  async function existing(businessId: string, labelId: string): Promise<Label> {
    await businessWithDefaults(businessId);
    const label = await deps.labels.get(businessId, labelId);
    if (label === undefined) throw new DomainError('not_found', 'No such label');
    return label;
  }

  async function activeChat(businessId: string, chatId: string): Promise<void> {
    const member = await deps.chats.member(chatId, businessId);
    if (member === undefined || !isActive(member)) throw new DomainError('not_found', 'No such chat');
  }

  async function savedContact(businessId: string, phoneInput: string): Promise<string> {
    const phone = normalizePhone(phoneInput);
    if ((await deps.contacts.get(businessId, phone)) === undefined) {
      throw new DomainError('not_found', 'No such contact');
    }
    return phone;
  }

  async function withCounts(businessId: string, labels: readonly Label[]): Promise<LabelWithCounts[]> {
    const assignments = await deps.labels.assignments(businessId);
    const chats = count(assignments.chats.map((a) => a.labelId));
    const contacts = count(assignments.contacts.map((a) => a.labelId));
    return labels.map((label) => ({
      ...label,
      chatCount: chats.get(label.id) ?? 0,
      contactCount: contacts.get(label.id) ?? 0,
    }));
  }

  return {
    /** The business's labels, defaults included from the first call, with how often each is used. */
    async list(businessId: string): Promise<LabelWithCounts[]> {
      await businessWithDefaults(businessId);
      return withCounts(businessId, (await deps.labels.list(businessId)).sort(compareLabels));
    },

    async create(businessId: string, input: LabelInput): Promise<LabelWithCounts> {
      await businessWithDefaults(businessId);
      const label: Label = {
        id: deps.ids.next(),
        name: checkLabelName(input.name, null),
        colour: checkLabelColour(input.colour),
        predefined: null,
        createdAt: deps.clock.now(),
      };
      assertRoomForLabel(await deps.labels.count(businessId));
      await deps.labels.create(businessId, label);
      return { ...label, chatCount: 0, contactCount: 0 };
    },

    /** Renames or recolours a label; a renamed default keeps its key. */
    async update(businessId: string, labelId: string, change: Partial<LabelInput>): Promise<LabelWithCounts> {
      const current = await existing(businessId, labelId);
      const next: Label = {
        ...current,
        name: change.name === undefined ? current.name : checkLabelName(change.name, current.predefined),
        colour: change.colour === undefined ? current.colour : checkLabelColour(change.colour),
      };
      await deps.labels.update(businessId, next);
      return (await withCounts(businessId, [next]))[0]!;
    },

    async delete(businessId: string, labelId: string): Promise<void> {
      await businessWithDefaults(businessId);
      if (!(await deps.labels.delete(businessId, labelId)))
        throw new DomainError('not_found', 'No such label');
    },

    async assignments(businessId: string): Promise<LabelAssignments> {
      await businessWithDefaults(businessId);
      return deps.labels.assignments(businessId);
    },

    /** Labels a chat the business takes part in. */
    async applyToChat(businessId: string, labelId: string, chatId: string): Promise<void> {
      await existing(businessId, labelId);
      await activeChat(businessId, chatId);
      await deps.labels.applyToChat(businessId, labelId, chatId);
    },

    /** Works on chats the business has left too, so it can tidy up after them. */
    async removeFromChat(businessId: string, labelId: string, chatId: string): Promise<void> {
      await existing(businessId, labelId);
      await deps.labels.removeFromChat(businessId, labelId, chatId);
    },

    /** Labels a number saved in the business's address book. */
    async applyToContact(businessId: string, labelId: string, phoneInput: string): Promise<void> {
      await existing(businessId, labelId);
      await deps.labels.applyToContact(businessId, labelId, await savedContact(businessId, phoneInput));
    },

    async removeFromContact(businessId: string, labelId: string, phoneInput: string): Promise<void> {
      await existing(businessId, labelId);
      await deps.labels.removeFromContact(businessId, labelId, normalizePhone(phoneInput));
    },

    /**
     * The accounts a label reaches, for seeding a broadcast list: the other side of each labelled
     * direct chat and the Parley accounts of labelled contacts. Groups reach nobody one to one.
     */
    async labelledAccounts(businessId: string, labelId: string): Promise<string[]> {
      await existing(businessId, labelId);
      const assignments = await deps.labels.assignments(businessId);
      const reached = new Set<string>();
      for (const { chatId } of assignments.chats.filter((a) => a.labelId === labelId)) {
        const chat = await deps.chats.get(chatId);
        const peer = chat === undefined ? null : peerOf(chat, businessId);
        if (peer !== null) reached.add(peer);
      }
      const phones = assignments.contacts.filter((a) => a.labelId === labelId).map((a) => a.phone);
      if (phones.length > 0) {
        for (const accountId of (await deps.accountIdsByPhone(phones)).values()) reached.add(accountId);
      }
      reached.delete(businessId);
      return [...reached].sort();
    },
  };
}

export type LabelsService = ReturnType<typeof createLabelsService>;
