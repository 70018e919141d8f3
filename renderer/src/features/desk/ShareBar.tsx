import { useState } from 'react';
import { call, errorMessage } from '../../bridge/copydesk';
import { useEditorSession } from '../../state/editorSession';
import { deskIsLive, useDesk } from './deskStore';
import './desk.css';

/**
 * Above an article that is only on this computer while a desk is connected: one button shares it. What
 * is typed is saved first, so the desk gets the article as it stands; the editor then reopens bound to it.
 */
export function ShareBar({ id }: { id: string }) {
  const live = useDesk((s) => deskIsLive(s.status));
  const shared = useDesk((s) => s.shared.has(id));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!live || shared) return null;
  const share = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await useEditorSession.getState().flush();
      await call('deskShare', { ids: [id] });
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };
  return (
    <div className="desk-share-bar" data-testid="desk-share-bar">
      <span>Only on this computer.</span>
      <button type="button" className="button small" disabled={busy} onClick={() => void share()}>
        {busy ? 'Sharing…' : 'Share to desk'}
      </button>
      {problem && (
        <span className="settings-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
