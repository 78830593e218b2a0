import type { Contact } from './contact.js';

export interface ContactRepository {
  /** The owner's contacts, in no particular order. */
  list(ownerId: string): Promise<Contact[]>;
  get(ownerId: string, phone: string): Promise<Contact | undefined>;
  count(ownerId: string): Promise<number>;
  /** Adds the contact, or renames it when the number is already saved (keeping createdAt). */
  save(ownerId: string, contact: Contact): Promise<Contact>;
  /** Resolves whether the contact existed. */
  delete(ownerId: string, phone: string): Promise<boolean>;
}
