import { useEffect, useState } from 'react';
import { Modal } from '../../ui/Modal';
import { call, errorMessage } from '../../bridge/copydesk';

/**
 * Help > Open Data Folder: the library's folder, shown so it can be copied, and opened in the system's
 * file manager where the computer has one (the message says so where it has none).
 */
export function DataFolderDialog({ onClose }: { onClose(): void }) {
  const [path, setPath] = useState<string | null>(null);
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    call('getAppInfo', {})
      .then((info) => setPath(info.dataDir))
      .catch((error: unknown) => setNote({ kind: 'error', text: errorMessage(error) }));
  }, []);
  const copy = async () => {
    if (!path) return;
    try {
      await navigator.clipboard.writeText(path);
      setNote({ kind: 'ok', text: 'Copied.' });
    } catch {
      setNote({ kind: 'error', text: 'The clipboard is not available here. Select the path and copy it.' });
    }
  };
  const open = async () => {
    try {
      await call('openDataFolder', {});
      setNote({ kind: 'ok', text: 'Opened in the file manager.' });
    } catch (error) {
      setNote({ kind: 'error', text: errorMessage(error) });
    }
  };
  const footer = (
    <>
      <button type="button" className="button" onClick={() => void open()} disabled={!path}>
        Open in file manager
      </button>
      <button type="button" className="button primary" onClick={onClose}>
        Close
      </button>
    </>
  );
  return (
    <Modal title="Data folder" onClose={onClose} footer={footer} wide>
      <p>Your library: articles, their history, pictures and settings. Back it up with File › Back Up Library.</p>
      <div className="inline-controls">
        <input
          readOnly
          aria-label="Data folder path"
          value={path ?? ''}
          onFocus={(e) => e.currentTarget.select()}
          className="data-folder-path"
        />
        <button type="button" className="button" onClick={() => void copy()} disabled={!path}>
          Copy
        </button>
      </div>
      {note && (
        <p className={note.kind === 'error' ? 'field-error' : 'form-note'} role={note.kind === 'error' ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </Modal>
  );
}
