import { normalizePhone, tryNormalizePhone } from '../accounts/index.js';
import { DomainError } from '../shared/errors.js';
import type { Clock } from '../shared/ports.js';
import type { Contact, ContactView, LookupResult } from './contact.js';
import type { ContactRepository } from './ports.js';

export const CONTACT_LIMITS = Object.freeze({ name: 100, perAccount: 10_000, lookupBatch: 1000 });

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export interface ContactsDeps {
  readonly contacts: ContactRepository;
  /** Account ids by E.164 number, for the numbers that are on Parley. */
  readonly accountIdsByPhone: (phones: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  readonly clock: Clock;
}

function validName(input: string): string {
  const name = input.trim();
  const length = [...name].length;
  if (length < 1 || length > CONTACT_LIMITS.name) {
    throw new DomainError('invalid_argument', `A contact name has 1 to ${CONTACT_LIMITS.name} characters`);
  }
  return name;
}

export function createContactsService(deps: ContactsDeps) {
  async function withAccounts(contacts: readonly Contact[]): Promise<ContactView[]> {
    if (contacts.length === 0) return [];
    const ids = await deps.accountIdsByPhone(contacts.map((c) => c.phone));
    return contacts.map((c) => ({ ...c, accountId: ids.get(c.phone) ?? null }));
  }

  async function existing(ownerId: string, phoneInput: string): Promise<Contact> {
    const contact = await deps.contacts.get(ownerId, normalizePhone(phoneInput));
    if (contact === undefined) throw new DomainError('not_found', 'No such contact');
    return contact;
  }

  return {
    /** By name, as people read an address book (not by byte order). */
    async list(ownerId: string): Promise<ContactView[]> {
      const contacts = await deps.contacts.list(ownerId);
      return withAccounts(
        [...contacts].sort((a, b) => byName.compare(a.name, b.name) || (a.phone < b.phone ? -1 : 1)),
      );
    },

    /** Saves a number under a name, or renames it if it is saved already. */
    async save(ownerId: string, phoneInput: string, nameInput: string): Promise<ContactView> {
      const phone = normalizePhone(phoneInput);
      const name = validName(nameInput);
      const known = await deps.contacts.get(ownerId, phone);
      if (known === undefined && (await deps.contacts.count(ownerId)) >= CONTACT_LIMITS.perAccount) {
        throw new DomainError(
          'limit_exceeded',
          `An address book holds at most ${CONTACT_LIMITS.perAccount} contacts`,
        );
      }
      const saved = await deps.contacts.save(ownerId, { phone, name, createdAt: deps.clock.now() });
      return (await withAccounts([saved]))[0]!;
    },

    async rename(ownerId: string, phoneInput: string, nameInput: string): Promise<ContactView> {
      const contact = await existing(ownerId, phoneInput);
      const saved = await deps.contacts.save(ownerId, { ...contact, name: validName(nameInput) });
      return (await withAccounts([saved]))[0]!;
    },

    async delete(ownerId: string, phoneInput: string): Promise<void> {
      if (!(await deps.contacts.delete(ownerId, normalizePhone(phoneInput)))) {
        throw new DomainError('not_found', 'No such contact');
      }
    },

    /** Which of these numbers are on Parley; invalid numbers come back with phone null. */
    async lookup(phones: readonly string[]): Promise<LookupResult[]> {
      if (phones.length > CONTACT_LIMITS.lookupBatch) {
        throw new DomainError(
          'invalid_argument',
          `Look up at most ${CONTACT_LIMITS.lookupBatch} numbers at a time`,
        );
      }
      const normalized = phones.map((input) => ({ input, phone: tryNormalizePhone(input) }));
      const valid = [...new Set(normalized.flatMap((n) => (n.phone === null ? [] : [n.phone])))];
      const ids = valid.length === 0 ? new Map<string, string>() : await deps.accountIdsByPhone(valid);
      return normalized.map((n) => ({
        ...n,
        accountId: n.phone === null ? null : (ids.get(n.phone) ?? null),
      }));
    },
  };
}

export type ContactsService = ReturnType<typeof createContactsService>;
