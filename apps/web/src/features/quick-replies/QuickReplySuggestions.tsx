import type { QuickReplyView } from '@parley/contracts';
import { useEffect, useRef } from 'react';
import { QuickReplyMediaIcon } from './QuickReplyMediaIcon';
import './quick-replies.css';

/**
 * The listbox the composer's `/` opens, above the box. Focus stays in the box (the active option
 * is its aria-activedescendant); a press on an option must not take focus away before the click.
 */
export function QuickReplySuggestions({
  id,
  label,
  replies,
  activeIndex,
  optionId,
  onPick,
}: {
  id: string;
  label: string;
  replies: readonly QuickReplyView[];
  activeIndex: number;
  optionId: (index: number) => string;
  onPick: (reply: QuickReplyView) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);
  return (
    <div className="quick-reply-suggestions">
      <ul ref={list} id={id} role="listbox" aria-label={label} className="quick-reply-suggestions__list">
        {replies.map((reply, index) => (
          <li
            key={reply.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="quick-reply-suggestions__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(reply)}
          >
            <bdi className="quick-reply-suggestions__shortcut">{`/${reply.shortcut}`}</bdi>
            <span className="quick-reply-suggestions__text" dir="auto">
              {reply.text}
            </span>
            {reply.mediaId !== null && <QuickReplyMediaIcon mediaId={reply.mediaId} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
