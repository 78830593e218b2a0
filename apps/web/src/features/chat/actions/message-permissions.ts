import type { MessageView } from '@parley/sdk';

/** The server's windows (docs/api.md, Messages): offering an action it would refuse helps no one. */
export const EDIT_WINDOW_MS = 15 * 60_000;
export const REVOKE_WINDOW_MS = 2 * 24 * 60 * 60_000;
export const REACT_WINDOW_MS = 30 * 24 * 60 * 60_000;

const live = (message: MessageView) => message.deletedAt === null && message.type !== 'system';

export function canReact(message: MessageView, now: number): boolean {
  return live(message) && message.seq > 0 && now - message.createdAt <= REACT_WINDOW_MS;
}

export function canEdit(message: MessageView, me: string, now: number): boolean {
  return (
    live(message) &&
    message.seq > 0 &&
    message.senderId === me &&
    message.type === 'text' &&
    now - message.createdAt <= EDIT_WINDOW_MS
  );
}

export function canRevoke(message: MessageView, me: string, now: number): boolean {
  return (
    live(message) && message.seq > 0 && message.senderId === me && now - message.createdAt <= REVOKE_WINDOW_MS
  );
}

/** Interactive and template messages come from the business API, and answers are tied to them. */
const UNFORWARDABLE: ReadonlySet<string> = new Set(['interactive', 'template', 'interactive_reply']);

export function canForward(message: MessageView): boolean {
  return live(message) && !UNFORWARDABLE.has(message.type);
}

/** The text a "Copy" puts on the clipboard: a body or caption. */
export function copyableText(message: MessageView): string | undefined {
  if (!live(message)) return undefined;
  const content = message.content as { body?: unknown; caption?: unknown } | null;
  const text = content?.body ?? content?.caption;
  return typeof text === 'string' && text !== '' ? text : undefined;
}
