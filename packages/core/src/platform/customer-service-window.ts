import { PlatformError } from './platform-error.js';

/** Contract 6.1: free-form messages only within 24 h of the person's last message to the number. */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Message types a business may send whether or not the window is open. */
const ALWAYS_ALLOWED = new Set(['template']);

export const REENGAGEMENT_DETAILS =
  'Message failed to send because more than 24 hours have passed since the customer last replied to this number.';

/** Whether the window is open at `now`, given when the person last wrote (undefined: never). */
export function isWindowOpen(lastInboundAt: number | undefined, now: number): boolean {
  return lastInboundAt !== undefined && now - lastInboundAt < CUSTOMER_SERVICE_WINDOW_MS;
}

/**
 * Refuses a free-form message outside the customer service window with 131047. Templates always
 * pass; status webhooks and the business's own messages do not open the window.
 */
export function assertWindowAllows(
  messageType: string,
  lastInboundAt: number | undefined,
  now: number,
): void {
  if (ALWAYS_ALLOWED.has(messageType) || isWindowOpen(lastInboundAt, now)) return;
  throw new PlatformError(131047, REENGAGEMENT_DETAILS);
}
