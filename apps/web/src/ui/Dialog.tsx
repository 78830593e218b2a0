import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal on the native <dialog>: focus is trapped, Escape closes, the page behind is inert.
 * Rendered only while open.
 */
export function Dialog({
  title,
  onClose,
  children,
  actions,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onClose} onCancel={onClose}>
      <div className="dialog__body">
        <h2 className="dialog__title">{title}</h2>
        {children}
        {actions !== undefined && <div className="dialog__actions">{actions}</div>}
      </div>
    </dialog>
  );
}
