import { ParleyApiError } from '@parley/sdk';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Toast {
  readonly id: number;
  readonly text: string;
  readonly kind: 'info' | 'error';
}

interface Toaster {
  show(text: string, kind?: Toast['kind']): void;
  /** Shows a failed request in the reader's language, by its error code. */
  showError(error: unknown): void;
}

const ToastContext = createContext<Toaster | undefined>(undefined);
const TOAST_MS = 4000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const nextId = useRef(0);
  const show = useCallback((text: string, kind: Toast['kind'] = 'info') => {
    nextId.current += 1;
    const id = nextId.current;
    setToasts((current) => [...current, { id, text, kind }]);
    setTimeout(() => setToasts((current) => current.filter((toast) => toast.id !== id)), TOAST_MS);
  }, []);
  const showError = useCallback(
    (error: unknown) => show(t(errorKey(error), { defaultValue: t('errors.unknown') }), 'error'),
    [show, t],
  );
  const value = useMemo(() => ({ show, showError }), [show, showError]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.kind}`}>
            {toast.text}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** The translation key of an error: `errors.<code>` for the server's codes. */
export function errorKey(error: unknown): string {
  if (error instanceof ParleyApiError) return `errors.${error.code}`;
  if (error instanceof TypeError) return 'errors.network';
  return 'errors.unknown';
}

export function useToast(): Toaster {
  const toaster = useContext(ToastContext);
  if (toaster === undefined) throw new Error('useToast outside ToastProvider');
  return toaster;
}
