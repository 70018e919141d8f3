import { useEffect, useState } from 'react';
import type { QuarantineInfo } from '../../../api/contract';
import { call, errorMessage } from '../bridge/copydesk';
import { useToasts } from '../state/toastStore';

/**
 * Files the store could not read were moved to quarantine at start. They are named here, never deleted
 * silently, and the user can look at them; the rest of the library works as normal.
 */
export function QuarantineBanner() {
  const [files, setFiles] = useState<QuarantineInfo[]>([]);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    call('listQuarantine', {}).then(setFiles, () => setFiles([]));
  }, []);
  if (dismissed || files.length === 0) return null;
  const show = (file: string) =>
    call('showQuarantinedFile', { file }).catch((e: unknown) => useToasts.getState().show({ kind: 'error', text: errorMessage(e) }));
  return (
    <div className="quarantine-banner" role="alert" data-testid="quarantine-banner">
      <strong>{files.length === 1 ? 'One file could not be read' : `${files.length} files could not be read`}</strong> and{' '}
      {files.length === 1 ? 'was' : 'were'} moved to quarantine. Everything else is fine.
      <ul>
        {files.slice(0, 5).map((f) => (
          <li key={f.file}>
            <code>{f.file}</code>: {f.reason}{' '}
            <button type="button" className="button small" onClick={() => void show(f.file)}>
              Show in folder
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => setDismissed(true)}>
        ×
      </button>
    </div>
  );
}
