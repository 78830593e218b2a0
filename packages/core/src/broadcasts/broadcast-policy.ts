import { tryNormalizePhone } from '../accounts/index.js';
import { DomainError } from '../shared/errors.js';
import {
  BROADCAST_TYPES,
  type BroadcastContent,
  type BroadcastRecipient,
  type BroadcastTotals,
  type DeliveryReceipts,
  type RecipientStatus,
} from './broadcast.js';
import type { ClientContent } from '../messages/index.js';

/** The Business app's cap on recipients; lists per business are capped so one cannot grow without end. */
export const BROADCAST_LIMITS = Object.freeze({
  recipients: 256,
  listsPerBusiness: 100,
  name: 100,
  preview: 100,
});

export function checkListName(input: string): string {
  const name = input.trim();
  const length = [...name].length;
  if (length < 1 || length > BROADCAST_LIMITS.name) {
    throw new DomainError('invalid_argument', `A list name has 1 to ${BROADCAST_LIMITS.name} characters`);
  }
  return name;
}

/**
 * Normalises the numbers of a list, drops repeats (the same number written twice is one
 * recipient) and enforces the cap. Returns E.164 numbers in the order given.
 */
export function checkRecipientPhones(inputs: readonly string[], businessPhone: string): string[] {
  const invalid = inputs.filter((input) => tryNormalizePhone(input) === null);
  if (invalid.length > 0) {
    throw new DomainError('invalid_argument', 'Some recipients are not valid phone numbers', {
      invalid: invalid.slice(0, 20).map((input) => input.slice(0, 40)),
    });
  }
  const phones = [...new Set(inputs.map((input) => tryNormalizePhone(input)!))];
  if (phones.includes(businessPhone)) {
    throw new DomainError('invalid_argument', 'A broadcast list cannot include your own number');
  }
  if (phones.length > BROADCAST_LIMITS.recipients) {
    throw new DomainError(
      'limit_exceeded',
      `A broadcast list has at most ${BROADCAST_LIMITS.recipients} recipients`,
      { limit: BROADCAST_LIMITS.recipients, requested: phones.length },
    );
  }
  return phones;
}

/**
 * The Business app's rule against unsolicited broadcasts: only recipients who saved the
 * business's number in their contacts receive it.
 */
export function splitBySavedNumber(
  recipients: readonly BroadcastRecipient[],
  savedBy: ReadonlySet<string>,
): { receivers: BroadcastRecipient[]; notSaved: BroadcastRecipient[] } {
  return {
    receivers: recipients.filter((r) => savedBy.has(r.accountId)),
    notSaved: recipients.filter((r) => !savedBy.has(r.accountId)),
  };
}

/** Refuses what is not a message of its own: a reaction, an edit or a revoke targets one chat's message. */
export function assertBroadcastable(content: ClientContent): asserts content is BroadcastContent {
  if (!(BROADCAST_TYPES as readonly string[]).includes(content.type)) {
    throw new DomainError('invalid_argument', `A broadcast cannot be a ${content.type}`, {
      allowed: [...BROADCAST_TYPES],
    });
  }
}

const clip = (text: string) => [...text.trim()].slice(0, BROADCAST_LIMITS.preview).join('');

/** The text a broadcast is listed by: its words where it has some, else nothing. */
export function previewOf(content: BroadcastContent): string {
  switch (content.type) {
    case 'text':
      return clip(content.content.body);
    case 'image':
    case 'video':
      return clip(content.content.caption ?? '');
    case 'document':
      return clip(content.content.caption ?? content.content.filename ?? '');
    case 'location':
      return clip(content.content.name ?? content.content.address ?? '');
    case 'contacts':
      return clip(content.content.contacts.map((c) => c.name.formatted_name).join(', '));
    case 'audio':
    case 'sticker':
      return '';
  }
}

/** A recipient's status from the receipt watermarks of their chat with the business. */
export function recipientStatusOf(delivery: DeliveryReceipts): RecipientStatus {
  if (delivery.outcome === 'not_saved') return 'not_saved';
  if (delivery.outcome === 'failed' || delivery.seq === null || delivery.senderOnly) return 'not_delivered';
  if (delivery.readSeq >= delivery.seq) return 'read';
  if (delivery.deliveredSeq >= delivery.seq) return 'delivered';
  return 'sent';
}

export function totalsOf(statuses: readonly RecipientStatus[]): BroadcastTotals {
  const count = (...wanted: RecipientStatus[]) => statuses.filter((s) => wanted.includes(s)).length;
  return {
    recipients: statuses.length,
    sent: count('sent', 'delivered', 'read'),
    delivered: count('delivered', 'read'),
    read: count('read'),
    notSaved: count('not_saved'),
    notDelivered: count('not_delivered'),
  };
}
