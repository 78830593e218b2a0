import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { Icon, type IconName } from '../../ui/Icon';
import './popup-menu.css';

export interface MenuItem {
  readonly label: string;
  readonly onSelect: () => void;
}

/**
 * A menu button (WAI-ARIA menu pattern): arrows move between items, Escape or a click outside
 * closes and gives focus back to the button. Open state is the caller's, so a right-click on
 * something else can open it too.
 */
export function PopupMenu({
  label,
  icon = 'more',
  items,
  open,
  onOpenChange,
  className,
}: {
  label: string;
  icon?: IconName;
  items: readonly MenuItem[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  className?: string;
}) {
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    wrapper.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) onOpenChange(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, onOpenChange]);

  const close = () => {
    onOpenChange(false);
    button.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => entries[(index + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(entries.length - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') onOpenChange(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className={['popup-menu', className ?? ''].filter(Boolean).join(' ')} ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="icon-btn"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => onOpenChange(!open)}
      >
        <Icon name={icon} />
      </button>
      {open && (
        <ul id={menuId} className="popup-menu__list" role="menu" aria-label={label} onKeyDown={onKeyDown}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                className="menu-item popup-menu__item"
                tabIndex={-1}
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
