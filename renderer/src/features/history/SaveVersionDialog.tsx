import { useState } from 'react';
import { Modal } from '../../ui/Modal';
import { useHistory } from './historyStore';

/** Names the current text as a version that retention keeps for ever. */
export function SaveVersionDialog() {
  const open = useHistory((s) => s.labelDialogOpen);
  const [label, setLabel] = useState('');
  const { closeLabel, saveVersion } = useHistory.getState();
  if (!open) return null;
  const submit = () => label.trim() && void saveVersion(label).then(() => setLabel(''));
  return (
    <Modal
      title="Save version"
      onClose={closeLabel}
      footer={
        <>
          <button type="button" className="button" onClick={closeLabel}>
            Cancel
          </button>
          <button type="button" className="button primary" disabled={!label.trim()} onClick={submit}>
            Save version
          </button>
        </>
      }
    >
      <label className="form-row">
        <span>Name (kept for ever, e.g. “Sent to the desk”)</span>
        <input value={label} maxLength={120} onChange={(e) => setLabel(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && submit()} />
      </label>
    </Modal>
  );
}
