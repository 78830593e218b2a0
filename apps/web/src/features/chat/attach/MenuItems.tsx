import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Icon, type IconName } from '../../../ui/Icon';

export interface MenuItem {
  readonly icon: IconName;
  readonly label: string;
  readonly run: () => void;
  readonly disabled?: boolean;
}

/**
 * A popup menu as ARIA describes it: focus starts on the first item, arrows move it, Escape or a
 * click elsewhere closes, and choosing an item closes the menu before running it.
 */
export function MenuItems({
  label,
  items,
  onClose,
}: {
  label: string;
  items: readonly MenuItem[];
  onClose: () => void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, []);
  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      const wrapper = menu.current?.parentElement;
      if (wrapper != null && !wrapper.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [onClose]);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next: Record<string, number> = {
      ArrowDown: (at + 1) % buttons.length,
      ArrowUp: (at - 1 + buttons.length) % buttons.length,
      Home: 0,
      End: buttons.length - 1,
    };
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    } else if (next[event.key] !== undefined) {
      event.preventDefault();
      buttons[next[event.key]!]?.focus();
    }
  };

  return (
    <div ref={menu} className="attach-menu__items" role="menu" aria-label={label} onKeyDown={move}>
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          className="menu-item attach-menu__item"
          disabled={item.disabled}
          onClick={() => {
            onClose();
            item.run();
          }}
        >
          <span className={`attach-menu__icon attach-menu__icon--${item.icon}`}>
            <Icon name={item.icon} size={20} />
          </span>
          {item.label}
        </button>
      ))}
    </div>
  );
}
