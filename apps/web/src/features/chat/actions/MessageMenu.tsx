import type { MessageView } from '@parley/sdk';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../../data/parley-context';
import { Icon, type IconName } from '../../../ui/Icon';
import { QUICK_REACTIONS, useMessageActions, type MessageActions } from './message-actions-context';
import { canEdit, canForward, canReact, copyableText } from './message-permissions';
import './message-menu.css';

interface MenuEntry {
  readonly key: string;
  readonly icon: IconName;
  readonly run: (actions: MessageActions) => void;
}

/**
 * A message's menu button and menu: quick reactions, then reply, copy, forward, edit, info and
 * delete — those the message allows. The button shows on hover or focus; a right click on the
 * bubble opens the same menu.
 */
export function MessageMenu({
  message,
  mine,
  open,
  onOpenChange,
}: {
  message: MessageView;
  mine: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('chat');
  const trigger = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => onOpenChange(false), [onOpenChange]);
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="message-menu__trigger"
        aria-label={t('menu.open')}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => onOpenChange(!open)}
      >
        <Icon name="more" size={18} />
      </button>
      {open && <MenuPopup message={message} mine={mine} trigger={trigger} onClose={close} />}
    </>
  );
}

function MenuPopup({
  message,
  mine,
  trigger,
  onClose,
}: {
  message: MessageView;
  mine: boolean;
  trigger: RefObject<HTMLButtonElement | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation('chat');
  const { session } = useParley();
  const actions = useMessageActions();
  const menu = useRef<HTMLDivElement>(null);
  // Edit and reaction windows are judged when the menu opens.
  const [now] = useState(() => Date.now());

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);
  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== trigger.current) onClose();
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [onClose, trigger]);

  const entries: MenuEntry[] = [{ key: 'reply', icon: 'reply', run: (a) => a.reply(message) }];
  if (copyableText(message) !== undefined)
    entries.push({ key: 'copy', icon: 'document', run: (a) => a.copy(message) });
  if (canForward(message)) entries.push({ key: 'forward', icon: 'forward', run: (a) => a.forward(message) });
  if (canEdit(message, session.accountId, now))
    entries.push({ key: 'edit', icon: 'edit', run: (a) => a.edit(message) });
  if (mine) entries.push({ key: 'info', icon: 'info', run: (a) => a.info(message) });
  entries.push({ key: 'delete', icon: 'trash', run: (a) => a.delete(message) });

  const choose = (run: MenuEntry['run']) => {
    onClose();
    trigger.current?.focus();
    run(actions);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const forward = event.key === 'ArrowDown' || event.key === 'ArrowRight';
    const backward = event.key === 'ArrowUp' || event.key === 'ArrowLeft';
    if (forward || backward) {
      event.preventDefault();
      items[(at + (forward ? 1 : -1) + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
      trigger.current?.focus();
    }
  };

  return (
    <div ref={menu} className="message-menu" role="menu" aria-label={t('menu.label')} onKeyDown={onKeyDown}>
      {canReact(message, now) && (
        <div className="message-menu__reactions" role="group" aria-label={t('menu.react')}>
          {QUICK_REACTIONS.map((emoji) => (
            <button
              key={emoji}
              type="button"
              role="menuitem"
              className="message-menu__emoji"
              aria-label={t('menu.reactWith', { emoji })}
              onClick={() => choose((a) => a.react(message, emoji))}
            >
              {emoji}
            </button>
          ))}
        </div>
      )}
      {entries.map(({ key, icon, run }) => (
        <button key={key} type="button" role="menuitem" className="menu-item" onClick={() => choose(run)}>
          <Icon name={icon} size={18} />
          {t(`menu.${key}`)}
        </button>
      ))}
    </div>
  );
}
