import { formatShortTime } from '../../ui/formatTime';
import { Modal } from '../../ui/Modal';
import { useEditorSession } from '../../state/editorSession';
import { diffArticles } from './articleDiff';
import { useHistory } from './historyStore';
import { countOf } from '../../../../core/text/plural';

const REASONS = {
  typing: 'Autosaved while typing',
  status: 'Status change',
  label: 'Saved version',
  import: 'As imported',
  restore: 'Before a restore',
  migration: 'Before an upgrade',
} as const;

/** Every kept version of the open article; pick one to see what changed since, and restore it. */
export function HistoryDialog() {
  const { open, revisions, selected, error } = useHistory();
  const words = useEditorSession((s) => s.words);
  const { close, select, restore } = useHistory.getState();
  if (!open) return null;
  return (
    <Modal
      title="History"
      wide
      onClose={close}
      footer={
        <>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
          <button type="button" className="button primary" disabled={!selected} onClick={() => void restore()}>
            Restore this version
          </button>
        </>
      }
    >
      {revisions.length === 0 ? (
        <p className="hint">
          No earlier versions yet. Copydesk keeps one while you type (every 5 minutes at most), at every status change, and whenever you
          save a named version (Ctrl+Shift+S).
        </p>
      ) : (
        <div className="history-layout">
          <ul className="history-list" aria-label="Versions">
            {revisions.map((r) => {
              const delta = words - r.words;
              return (
                <li key={r.revisionId}>
                  <button
                    type="button"
                    className={selected?.meta.revisionId === r.revisionId ? 'history-item picked' : 'history-item'}
                    onClick={() => void select(r)}
                  >
                    <span className="history-time">
                      {formatShortTime(r.createdAt)} · {new Date(r.createdAt).toLocaleDateString()}
                    </span>
                    <span className="history-label">{r.label ?? REASONS[r.reason]}</span>
                    <span className="history-meta">
                      {r.status} · {countOf(r.words, 'word')} ·{' '}
                      {delta === 0 ? 'same length as now' : `${delta > 0 ? '+' : '−'}${Math.abs(delta)} since`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          <div className="history-diff" data-testid="history-diff">
            {selected ? (
              diffArticles(selected.older, selected.current)
                .filter((d) => d.changed)
                .map((d) => (
                  <section key={d.field}>
                    <h3>{d.field}</h3>
                    <p>
                      {d.parts.map((p, i) =>
                        p.kind === 'added' ? (
                          <ins key={i}>{p.text}</ins>
                        ) : p.kind === 'removed' ? (
                          <del key={i}>{p.text}</del>
                        ) : (
                          <span key={i}>{p.text}</span>
                        ),
                      )}
                    </p>
                  </section>
                ))
            ) : (
              <p className="hint">
                Choose a version to see what has changed since: removed words are struck through, added words underlined.
              </p>
            )}
            {selected && diffArticles(selected.older, selected.current).every((d) => !d.changed) && (
              <p className="hint">This version is the same as the current text.</p>
            )}
          </div>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
