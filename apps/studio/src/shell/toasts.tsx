/** Short messages at the bottom of the screen, optionally with one action (such as Undo). */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';

/** One toast. */
export interface ToastInput {
  message: string;
  action?: { label: string; onAction: () => void };
  /** How long it stays; default 6 s, 10 s with an action. */
  durationMs?: number;
  /** Called when it goes away without its action. */
  onExpire?: () => void;
}

interface Toast extends ToastInput {
  id: number;
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => {});

/** Shows a toast. */
export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}

/** Holds the toasts and renders them in a polite live region. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const remove = useCallback((id: number, expired: boolean) => {
    setToasts((current) => {
      const toast = current.find((item) => item.id === id);
      if (toast !== undefined && expired) queueMicrotask(() => toast.onExpire?.());
      return current.filter((item) => item.id !== id);
    });
  }, []);

  const show = useCallback(
    (input: ToastInput) => {
      const id = nextId.current++;
      setToasts((current) => [...current.slice(-2), { ...input, id }]);
      const duration = input.durationMs ?? (input.action === undefined ? 6000 : 10000);
      setTimeout(() => remove(id, true), duration);
    },
    [remove],
  );

  const value = useMemo(() => show, [show]);
  return (
    <ToastContext value={value}>
      {children}
      <div className="toasts app-chrome" role="status" aria-live="polite" aria-label={t('shell.notifications')}>
        {toasts.map((toast) => (
          <div className="toast" key={toast.id} data-testid="toast">
            <p>{toast.message}</p>
            {toast.action !== undefined && (
              <button
                type="button"
                className="button small"
                onClick={() => {
                  toast.action?.onAction();
                  remove(toast.id, false);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="button small quiet" aria-label={t('shell.dismiss')} onClick={() => remove(toast.id, true)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext>
  );
}
