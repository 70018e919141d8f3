import { useEffect, useState } from 'react';
import type { HouseListState } from '../../../../core/checks/houseList';
import { call, errorMessage } from '../../bridge/copydesk';
import { countOf } from '../../../../core/text/plural';

/**
 * The house list (house-list.yaml in the data folder), edited as text. It is saved only when it parses;
 * an error names its line, and the list in use stays the last good one.
 */
export function HouseListSettings() {
  const [state, setState] = useState<HouseListState | null>(null);
  const [source, setSource] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call('getHouseList', {})
      .then((loaded) => {
        if (!live) return;
        setState(loaded);
        setSource(loaded.source);
      })
      .catch((error: unknown) => live && setStatus(errorMessage(error)));
    return () => {
      live = false;
    };
  }, []);
  const save = async () => {
    try {
      const saved = await call('saveHouseList', { source });
      setState(saved);
      setStatus(
        saved.error ?? `Saved: ${countOf(saved.list.entries.length, 'entry', 'entries')} in use. Open articles use it when reopened.`,
      );
    } catch (error) {
      setStatus(errorMessage(error));
    }
  };
  return (
    <fieldset className="settings-group">
      <legend>House list</legend>
      <textarea
        className="house-list-source"
        aria-label="House list"
        rows={10}
        spellCheck={false}
        value={source}
        onChange={(e) => setSource(e.target.value)}
      />
      {state?.error && !status && (
        <span className="settings-error" role="alert">
          {state.error} The last good list is in use.
        </span>
      )}
      {state?.list.notices.map((notice) => (
        <span key={notice} className="hint">
          {notice}
        </span>
      ))}
      <div className="inline-controls">
        <button type="button" className="button" disabled={state === null || source === state.source} onClick={() => void save()}>
          Save house list
        </button>
        {status && (
          <span className={state?.error ? 'settings-error' : 'hint'} role="status">
            {status}
          </span>
        )}
      </div>
    </fieldset>
  );
}
