import type { QuickReplyView } from '@parley/contracts';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { SendContent } from '../chat/attach/send-content';
import { matchQuickReplies } from './match-quick-replies';
import { useQuickReplies } from './quick-reply-queries';
import { QuickReplyMediaDialog } from './QuickReplyMediaDialog';
import { QuickReplySuggestions } from './QuickReplySuggestions';
import { replaceSlashQuery, slashQueryAt } from './slash-query';

/**
 * The composer's `/`: while a `/word` is typed at the start or after a space, the box becomes a
 * combobox over the matching quick replies. Arrows move, Enter or Tab or a click takes one (its
 * text replaces the `/word`; one with a file opens the send preview with the text as caption),
 * Escape closes the list until the text changes. A person's account has no quick replies, so the
 * box stays a plain text box.
 */
export function useQuickReplySuggestions({
  text,
  setText,
  box,
  send,
  enabled,
}: {
  text: string;
  setText: (text: string) => void;
  box: RefObject<HTMLTextAreaElement | null>;
  send: SendContent;
  enabled: boolean;
}): {
  inputProps: Record<string, unknown>;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  popup: ReactNode;
} {
  const { t } = useTranslation('quickReplies');
  const listId = useId();
  const { data } = useQuickReplies();
  const [caret, setCaret] = useState(text.length);
  const [dismissedText, setDismissedText] = useState<string | null>(null);
  const [active, setActive] = useState({ query: '', index: 0 });
  const [sending, setSending] = useState<QuickReplyView | null>(null);
  const nextCaret = useRef<number | null>(null);

  // After a reply is put in, the caret goes after it (the box re-renders with the new text first).
  useEffect(() => {
    if (nextCaret.current === null || box.current === null) return;
    box.current.setSelectionRange(nextCaret.current, nextCaret.current);
    nextCaret.current = null;
  }, [text, box]);

  const replies = data?.quickReplies;
  const slash = enabled && replies !== undefined ? slashQueryAt(text, Math.min(caret, text.length)) : null;
  const matches = slash === null ? [] : matchQuickReplies(replies ?? [], slash.query);
  const open = slash !== null && matches.length > 0 && dismissedText !== text;
  const index =
    slash !== null && active.query === slash.query ? Math.min(active.index, matches.length - 1) : 0;
  const optionId = (at: number) => `${listId}-option-${at}`;

  if (replies === undefined || !enabled) return { inputProps: {}, onKeyDown: () => false, popup: null };

  const pick = (reply: QuickReplyView) => {
    if (slash === null) return;
    const filled = replaceSlashQuery(text, slash, reply.mediaId === null ? reply.text : '');
    nextCaret.current = filled.caret;
    setCaret(filled.caret);
    setText(filled.text);
    if (reply.mediaId !== null) setSending(reply);
    else box.current?.focus();
  };

  const trackCaret = (event: SyntheticEvent<HTMLTextAreaElement>) =>
    setCaret(event.currentTarget.selectionStart);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open || slash === null || event.nativeEvent.isComposing) return false;
    const move = (step: number) =>
      setActive({ query: slash.query, index: (index + step + matches.length) % matches.length });
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') pick(matches[index]!);
    else if (event.key === 'Escape') setDismissedText(text);
    else return false;
    event.preventDefault();
    return true;
  };

  return {
    inputProps: {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': open,
      'aria-controls': open ? listId : undefined,
      'aria-activedescendant': open ? optionId(index) : undefined,
      // Typing moves the caret too, and a value set by a script may fire no selection event.
      onInput: trackCaret,
      onSelect: trackCaret,
    },
    onKeyDown,
    popup: (
      <>
        {open && (
          <QuickReplySuggestions
            id={listId}
            label={t('suggestions.label')}
            replies={matches}
            activeIndex={index}
            optionId={optionId}
            onPick={pick}
          />
        )}
        {sending !== null && (
          <QuickReplyMediaDialog
            reply={sending}
            send={send}
            onClose={() => {
              setSending(null);
              box.current?.focus();
            }}
          />
        )}
      </>
    ),
  };
}
