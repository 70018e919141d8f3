import type { FindOptions } from '../../../../core/checks/find';
import { countOf } from '../../../../core/text/plural';
import { REPLACE_FIELD_NAMES, REPLACE_FIELDS, type ReplaceField } from '../../../../core/checks/replace/replaceInArticle';
import { Modal } from '../../ui/Modal';
import { chosenCounts } from './choices';
import { LibraryReplacePreview } from './LibraryReplacePreview';
import { summaryText, useLibraryReplace } from './libraryReplaceStore';
import './libraryReplace.css';

/** Find and replace across the library: the question, the preview by article, and the outcome. */
export function LibraryReplaceDialog() {
  const state = useLibraryReplace();
  const { open, query, replacement, options, fields, phase, progress, result, excluded, error, summary } = state;
  const { close, edit, search, cancel, toggle, apply } = useLibraryReplace.getState();
  if (!open) return null;
  const chosen = chosenCounts(result, excluded);
  const busy = phase === 'searching' || phase === 'applying';
  const option = (key: keyof FindOptions, label: string, title: string) => (
    <label title={title}>
      <input
        type="checkbox"
        checked={options[key]}
        disabled={busy}
        onChange={(e) => edit({ options: { ...options, [key]: e.target.checked } })}
      />{' '}
      {label}
    </label>
  );
  const toggleField = (field: ReplaceField) => {
    const next = new Set(fields);
    if (next.has(field)) next.delete(field);
    else next.add(field);
    edit({ fields: next });
  };
  const onEnter = (e: React.KeyboardEvent) => {
    if (e.key !== 'Enter' || busy) return;
    e.preventDefault();
    void search();
  };

  return (
    <Modal
      title="Find and replace in library"
      wide
      onClose={close}
      footer={
        <>
          <span className="hint">Trashed articles are not searched.</span>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
          <button
            type="button"
            className={result ? 'button' : 'button primary'}
            disabled={busy || query === ''}
            onClick={() => void search()}
          >
            Find
          </button>
          <button type="button" className="button primary" disabled={busy || chosen.matches === 0} onClick={() => void apply()}>
            {chosen.matches === 0
              ? 'Replace'
              : `Replace ${countOf(chosen.matches, 'match', 'matches')} in ${countOf(chosen.articles, 'article', 'articles')}`}
          </button>
        </>
      }
    >
      <div className="lr-question">
        <label htmlFor="lr-find">Find</label>
        <input
          id="lr-find"
          type="text"
          value={query}
          disabled={busy}
          onKeyDown={onEnter}
          onChange={(e) => edit({ query: e.target.value })}
        />
        <label htmlFor="lr-replace">Replace with</label>
        <input
          id="lr-replace"
          type="text"
          value={replacement}
          disabled={busy}
          placeholder={options.regex ? '$1 for a group; empty deletes' : 'Empty deletes the match'}
          onKeyDown={onEnter}
          onChange={(e) => edit({ replacement: e.target.value })}
        />
      </div>
      <div className="lr-options">
        {option('caseSensitive', 'Match case', 'Upper and lower case must match')}
        {option('wholeWord', 'Whole word', 'Only whole words')}
        {option('regex', 'Regex', 'A regular expression (stopped after 1.5 s if it runs away)')}
        <span className="lr-fields">
          In:
          {REPLACE_FIELDS.map((f) => (
            <label key={f}>
              <input type="checkbox" checked={fields.has(f)} disabled={busy} onChange={() => toggleField(f)} /> {REPLACE_FIELD_NAMES[f]}
            </label>
          ))}
        </span>
      </div>
      {error && (
        <p className="lr-error" role="alert">
          {error}
        </p>
      )}
      {phase === 'searching' && (
        <p className="lr-status" role="status">
          Searching{progress ? ` ${progress.done.toLocaleString()} of ${countOf(progress.total, 'article', 'articles')}` : ''}…
          <progress max={progress?.total ?? 1} value={progress?.done ?? 0} />
          <button type="button" className="button small" onClick={cancel}>
            Cancel
          </button>
        </p>
      )}
      {phase === 'applying' && (
        <p className="lr-status" role="status">
          Replacing and saving a version of each article…
        </p>
      )}
      {phase === 'idle' && !error && !summary && query !== '' && <p className="lr-status">Press Find (or Enter) to preview every match.</p>}
      {result && phase !== 'searching' && (
        <>
          <p className="lr-status" role="status" data-testid="replace-found">
            {result.matches === 0
              ? `No matches in ${countOf(result.searched, 'article', 'articles')}.`
              : `${countOf(result.matches, 'match', 'matches')} in ${countOf(result.groups.length, 'article', 'articles')} (${countOf(result.searched, 'article', 'articles')} searched).`}
            {result.truncated && ' Showing the first matches only: narrow the search to see the rest.'}
          </p>
          <LibraryReplacePreview result={result} excluded={excluded} toggle={toggle} />
        </>
      )}
      {summary && (
        <div className="lr-summary" role="status" data-testid="replace-summary">
          <p>
            <strong>{summaryText(summary)}</strong>
            {summary.leftAlone > 0 && ` ${countOf(summary.leftAlone, 'match was', 'matches were')} left alone.`}
          </p>
          {summary.changed.length > 0 && (
            <p>Each changed article saved the version “{summary.label}” first: History (Ctrl+Shift+H) restores it.</p>
          )}
          {summary.skipped.length > 0 && (
            <ul>
              {summary.skipped.map((s) => (
                <li key={s.id}>
                  {s.headline || 'Untitled'}: {s.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Modal>
  );
}
