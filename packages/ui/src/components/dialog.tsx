import { useEffect, useId, useRef, type ComponentPropsWithoutRef, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';
import { cx } from '../class-names.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { Button } from './button.js';

export interface DialogProps extends Omit<ComponentPropsWithoutRef<'dialog'>, 'open' | 'title' | 'onClose'> {
  open: boolean;
  /** Called for the close button, Escape and other close requests; set `open` to false in it. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** Buttons at the bottom, e.g. cancel and confirm. */
  footer?: ReactNode;
}

/**
 * A modal on the native `<dialog>`: the browser makes the rest of the page inert and
 * keeps focus inside. Focus returns to whatever opened it when it closes.
 */
export function Dialog({ open, onClose, title, description, footer, className, children, onKeyDown, ...rest }: DialogProps) {
  const t = useT(uiMessages);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, [open]);

  // The dialog's open state belongs to the caller, so the browser's own close is cancelled.
  const requestClose = (event: SyntheticEvent) => {
    event.preventDefault();
    onClose();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    onKeyDown?.(event);
    if (event.key === 'Escape' && !event.defaultPrevented) requestClose(event);
  };

  return (
    <dialog
      {...rest}
      ref={ref}
      className={cx('tk-dialog', className)}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={requestClose}
      onKeyDown={handleKeyDown}
    >
      <div className="tk-dialog__header">
        <h2 id={titleId}>{title}</h2>
        <Button variant="secondary" size="small" onClick={onClose}>
          {t('close')}
        </Button>
      </div>
      <div className="tk-stack tk-gap-md">
        {description && <p id={descriptionId}>{description}</p>}
        {children}
        {footer && <div className="tk-cluster tk-gap-sm tk-justify-end">{footer}</div>}
      </div>
    </dialog>
  );
}
