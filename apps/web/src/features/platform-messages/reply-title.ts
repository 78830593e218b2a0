import type { InteractiveContent, InteractiveReplyContent, TemplateContent } from '@parley/contracts';
import type { MessageView } from '@parley/sdk';

/** The message types a platform number sends, and a person's answer to them. */
export const PLATFORM_TYPES: ReadonlySet<string> = new Set(['interactive', 'template', 'interactive_reply']);

/** An answer as stored (resolved by the server) or, while this device sends it, as sent. */
export type ReplyContent = InteractiveReplyContent | { readonly targetId: string; readonly optionId: string };

/**
 * The title and description of an answer. The server stores them; this device's own copy holds
 * only the option id until a reload, so the title is looked up in the message it answers, the same
 * way the server does.
 */
export function replyTitle(
  content: ReplyContent,
  target: MessageView | undefined,
): { title: string; description?: string } | undefined {
  if ('title' in content) return content;
  if (target === undefined || target.content === null) return undefined;
  const { optionId } = content;
  if (target.type === 'interactive') {
    const interactive = target.content as InteractiveContent;
    const button = interactive.buttons?.find((candidate) => candidate.id === optionId);
    if (button !== undefined) return { title: button.title };
    const rows = interactive.list?.sections.flatMap((section) => section.rows) ?? [];
    return rows.find((row) => row.id === optionId);
  }
  if (target.type === 'template') {
    const button = (target.content as TemplateContent).buttons?.[Number(optionId)];
    return button?.type === 'quick_reply' ? { title: button.text } : undefined;
  }
  return undefined;
}
