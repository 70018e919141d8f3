import { useEffect, useRef, type ReactNode } from 'react';
import { isTopLayer, openLayer } from './modalLayers';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer: ReactNode;
  wide?: boolean;
  /** A selector for what gets focus on open; the first field or button otherwise. */
  initialFocus?: string;
  className?: string;
}

/**
 * A modal dialog: focus moves in on open and back where it was on close, Escape closes only the
 * topmost dialog, and the page behind is inert.
 */
export function Modal({ title, onClose, children, footer, wide, initialFocus, className }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useEffect(() => {
    const layer = openLayer();
    const first = ref.current?.querySelector<HTMLElement>(initialFocus ?? 'input, textarea, select, button');
    first?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !isTopLayer(layer)) return;
      e.preventDefault();
      onCloseRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      layer.close();
    };
  }, [initialFocus]);
  const classes = ['modal', wide ? 'modal-wide' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className="modal-backdrop">
      <div ref={ref} className={classes} role="dialog" aria-modal="true" aria-label={title}>
        <h2>{title}</h2>
        <div className="modal-body">{children}</div>
        <div className="modal-actions">{footer}</div>
      </div>
    </div>
  );
}
