import type { QuickReplyView } from '@parley/contracts';

/**
 * The quick replies for what follows the slash: those whose shortcut starts with it (in shortcut
 * order), then those whose text contains it. Nothing typed yet lists them all.
 */
export function matchQuickReplies(replies: readonly QuickReplyView[], query: string): QuickReplyView[] {
  const wanted = query.toLocaleLowerCase();
  const byShortcut = replies.filter((reply) => reply.shortcut.startsWith(wanted));
  if (wanted === '') return byShortcut;
  const byText = replies.filter(
    (reply) => !byShortcut.includes(reply) && reply.text.toLocaleLowerCase().includes(wanted),
  );
  return [...byShortcut, ...byText];
}
