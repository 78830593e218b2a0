import type { Label, LabelAssignments } from './label.js';

/** Every call names the business that owns the labels; one business never reaches another's. */
export interface LabelRepository {
  /**
   * Stores the defaults the first time it is called for a business and resolves true; later calls,
   * concurrent ones included, store nothing and resolve false, so deleted defaults stay deleted.
   */
  seedDefaults(businessId: string, defaults: readonly Label[]): Promise<boolean>;
  list(businessId: string): Promise<Label[]>;
  get(businessId: string, labelId: string): Promise<Label | undefined>;
  count(businessId: string): Promise<number>;
  create(businessId: string, label: Label): Promise<void>;
  /** Saves a label's name and colour. */
  update(businessId: string, label: Label): Promise<void>;
  /** Deletes the label and takes it off every chat and contact; resolves whether it existed. */
  delete(businessId: string, labelId: string): Promise<boolean>;
  /** Every assignment of the business's labels; contacts only while they are in its address book. */
  assignments(businessId: string): Promise<LabelAssignments>;
  /** Both are idempotent. */
  applyToChat(businessId: string, labelId: string, chatId: string): Promise<void>;
  removeFromChat(businessId: string, labelId: string, chatId: string): Promise<void>;
  applyToContact(businessId: string, labelId: string, phone: string): Promise<void>;
  removeFromContact(businessId: string, labelId: string, phone: string): Promise<void>;
}
