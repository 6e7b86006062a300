/**
 * A modal dialog: focus moves in and is held there, Escape closes it, the page behind is
 * covered and cannot be clicked, and focus returns to where it was when it closes.
 *
 * It is a `<dialog>` opened with `show()` and made modal here (a focus trap, a covering
 * backdrop, `aria-modal`) rather than with `showModal()`: a native modal dialog makes the
 * whole page inert and back again, which restyles every element of the page on opening and
 * on closing, a cost that on a slow machine is most of the time an added strategy takes to
 * appear.
 */
import { useEffect, useId, useImperativeHandle, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';

/** What a dialog's content can do to it. */
export interface DialogHandle {
  /**
   * Gives focus back to where it was, closes the dialog, then calls `onClose`. Done before
   * React removes the dialog, while the page's layout is still clean: focus leaving a removed
   * element, and `close()` after the page has changed, each force a layout of the whole page.
   */
  close(): void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog({
  title,
  onClose,
  children,
  testId,
  ref: handle,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  ref?: Ref<DialogHandle>;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const close = () => {
    const dialog = ref.current;
    const opener = openerRef.current;
    if (opener?.isConnected === true && document.activeElement !== opener) opener.focus({ preventScroll: true });
    if (dialog?.open === true) dialog.close();
    onClose();
  };
  useImperativeHandle(handle, () => ({ close }));
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openerRef.current = opener;
    // Opening moves focus in: to the field marked autofocus, else the first one.
    if (!dialog.open) {
      if (typeof dialog.show === 'function') dialog.show();
      else dialog.setAttribute('open', '');
    }
    if (!dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // close() may have given focus back already; otherwise return it to the opener.
      if (opener?.isConnected === true && document.activeElement !== opener) opener.focus({ preventScroll: true });
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    if (event.key !== 'Tab' || ref.current === null) return;
    // Tab and Shift+Tab go round the dialog's own controls.
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.offsetParent !== null || element === document.activeElement);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (first === undefined || last === undefined) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <>
      <div className="dialog-backdrop" aria-hidden="true" />
      <dialog ref={ref} className="dialog" aria-modal="true" aria-labelledby={titleId} data-testid={testId} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{title}</h2>
        {children}
      </dialog>
    </>
  );
}
