import { createHash } from 'node:crypto';
import type { PlannedAutoReply } from '@parley/core';

/**
 * The id of the reply a customer's message caused, the same every time: a redelivered event
 * appends the same id again, which the message log keeps once.
 */
export function autoReplyId(reply: Pick<PlannedAutoReply, 'kind' | 'triggerId'>): string {
  const digest = createHash('sha256').update(`${reply.kind}:${reply.triggerId}`).digest('base64url');
  return `auto_${digest}`;
}
