import { useState } from 'react';
import { Modal } from '../../ui/Modal';
import type { FindingActions } from '../checks/findingActions';
import { useGate } from './gateStore';
import { recordOverride } from './useGateCheck';
import { useToasts } from '../../state/toastStore';
import { errorMessage } from '../../bridge/copydesk';

/** What fails the ready-for-desk gate, each item a link to its place, with an override that needs a reason. */
export function GateDialog({ articleId, actions, flush }: { articleId: string; actions: FindingActions; flush: () => Promise<void> }) {
  const pending = useGate((s) => s.pending);
  const [reason, setReason] = useState('');
  if (!pending) return null;
  const finish = (go: boolean) => {
    useGate.getState().close();
    setReason('');
    pending.settle(go);
  };
  const override = async () => {
    try {
      await recordOverride(articleId, pending.status, reason.trim(), flush);
      finish(true);
    } catch (error) {
      useToasts.getState().show({ kind: 'error', text: errorMessage(error) });
    }
  };
  const statusName = pending.status === 'ready' ? 'Ready' : 'Published';
  return (
    <Modal
      title={`Not ready for ${statusName}`}
      onClose={() => finish(false)}
      footer={
        <>
          <button type="button" className="button" onClick={() => finish(false)}>
            Keep editing
          </button>
          <button type="button" className="button danger" disabled={reason.trim() === ''} onClick={() => void override()}>
            Override and move to {statusName}
          </button>
        </>
      }
    >
      <ul className="gate-failures" data-testid="gate-failures">
        {pending.failures.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              className="gate-link"
              onClick={() => {
                finish(false);
                actions.goTo({ field: f.field, block: f.block });
              }}
            >
              {f.message}
            </button>
          </li>
        ))}
      </ul>
      <label className="gate-reason">
        <span>To move it anyway, say why (kept in the article’s history):</span>
        <textarea
          aria-label="Reason for the override"
          rows={2}
          maxLength={100}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
    </Modal>
  );
}
