import { useEffect } from 'react';
import { useDesk } from './deskStore';
import { deskStatusText } from './deskStatusText';
import './desk.css';

export function DeskStatusLine() {
  const status = useDesk((s) => s.status);
  useEffect(() => {
    void useDesk.getState().refresh();
    void useDesk.getState().refreshShared();
  }, []);
  const text = deskStatusText(status);
  if (!text || !status) return null;
  const title = status.problems.length > 0 ? status.problems.join('\n') : `${status.name ? `${status.name}: ` : ''}${status.url}`;
  return (
    <span
      className={`desk-status desk-${status.problems.length > 0 ? 'problem' : status.state}`}
      data-testid="desk-status"
      role="status"
      title={title}
    >
      {text}
    </span>
  );
}
