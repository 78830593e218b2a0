import { DomainError } from '../shared/errors.js';
import type { Message, ReceiptStatus } from './message.js';

export const EDIT_WINDOW_MS = 15 * 60 * 1000;
export const REVOKE_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const REACTION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export function assertCanEdit(target: Message, editorId: string, now: number): void {
  if (target.senderId !== editorId) {
    throw new DomainError('forbidden', 'Only the sender can edit a message');
  }
  if (target.deletedAt !== null) throw new DomainError('conflict', 'The message was deleted');
  if (now - target.createdAt > EDIT_WINDOW_MS) {
    throw new DomainError('too_late', 'Messages can be edited for 15 minutes after sending');
  }
}

export function assertCanRevoke(target: Message, requesterId: string, now: number): void {
  if (target.senderId !== requesterId) {
    throw new DomainError('forbidden', 'Only the sender can delete a message for everyone');
  }
  if (target.deletedAt !== null) throw new DomainError('conflict', 'The message was deleted');
  if (now - target.createdAt > REVOKE_WINDOW_MS) {
    throw new DomainError('too_late', 'Messages can be deleted for everyone for 2 days');
  }
}

export function assertCanReact(target: Message, now: number): void {
  if (target.deletedAt !== null) throw new DomainError('conflict', 'The message was deleted');
  if (target.type === 'reaction' || target.type === 'system') {
    throw new DomainError('invalid_argument', `A ${target.type} message cannot be reacted to`);
  }
  if (now - target.createdAt > REACTION_MAX_AGE_MS) {
    throw new DomainError('too_late', 'Messages older than 30 days cannot be reacted to');
  }
}

/** A member's receipt for one message, derived from the member's watermarks. */
export function receiptStatusOf(
  seq: number,
  watermark: { deliveredSeq: number; readSeq: number },
): ReceiptStatus {
  if (seq <= watermark.readSeq) return 'read';
  if (seq <= watermark.deliveredSeq) return 'delivered';
  return 'sent';
}

/**
 * Moves watermarks forward only: reading implies delivery, and an older or equal acknowledgement
 * changes nothing. Returns undefined when nothing moved.
 */
export function advanceWatermark(
  current: { deliveredSeq: number; readSeq: number },
  status: 'delivered' | 'read',
  upToSeq: number,
): { deliveredSeq: number; readSeq: number } | undefined {
  const readSeq = status === 'read' ? Math.max(current.readSeq, upToSeq) : current.readSeq;
  const deliveredSeq = Math.max(current.deliveredSeq, upToSeq, readSeq);
  if (deliveredSeq === current.deliveredSeq && readSeq === current.readSeq) return undefined;
  return { deliveredSeq, readSeq };
}
