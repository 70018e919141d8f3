import { useEffect, useRef } from 'react';
import { useConfirm } from '../state/confirmStore';

export function ConfirmDialog() {
  const { request, answer } = useConfirm();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!request) return;
    cancelRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && answer(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [request, answer]);
  if (!request) return null;
  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-body">
        <h2 id="confirm-title">{request.title}</h2>
        <p id="confirm-body">{request.body}</p>
        <div className="modal-actions">
          <button ref={cancelRef} type="button" className="button" onClick={() => answer(false)}>
            Cancel
          </button>
          <button type="button" className={request.danger ? 'button danger' : 'button primary'} onClick={() => answer(true)}>
            {request.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
