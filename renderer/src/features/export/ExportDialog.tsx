import { EXPORT_FORMATS, type ExportFormat } from '../../../../core/export/exportJob';
import { EXPORT_REGISTRY } from '../../../../formats/registry';
import { call } from '../../bridge/copydesk';
import { Modal } from '../../ui/Modal';
import { useLibrary } from '../../state/libraryStore';
import { useVisibleEntries } from '../library/useVisibleEntries';
import { useExport } from './exportStore';
import { ExportSummary } from './ExportSummary';
import { ExportSuggestionsChoice } from '../review/ExportSuggestionsChoice';
import { countOf } from '../../../../core/text/plural';

export function ExportDialog() {
  const state = useExport();
  const count = useVisibleEntries().length;
  const hasCurrent = useLibrary((s) => s.selectedId !== null);
  if (!state.open) return null;
  const { job } = state;
  const running = job !== null && !job.finished;

  const toggle = (format: ExportFormat) =>
    state.set({ formats: state.formats.includes(format) ? state.formats.filter((f) => f !== format) : [...state.formats, format] });
  const problem = state.formats.length === 0 ? 'Choose at least one format.' : !state.folder ? 'Choose a destination folder.' : null;

  const footer = job ? (
    running ? (
      <button type="button" className="button" onClick={() => void state.cancel()}>
        Cancel export
      </button>
    ) : (
      <button type="button" className="button primary" onClick={state.close}>
        Done
      </button>
    )
  ) : (
    <>
      <button type="button" className="button" onClick={state.close}>
        Cancel
      </button>
      <button
        type="button"
        className="button primary"
        disabled={problem !== null}
        title={problem ?? undefined}
        onClick={() => void state.start()}
      >
        Export
      </button>
    </>
  );

  return (
    <Modal title="Export" wide onClose={running ? () => void state.cancel() : state.close} footer={footer}>
      {job ? (
        <>
          <div
            className="progress"
            role="progressbar"
            aria-label="Export progress"
            aria-valuemin={0}
            aria-valuemax={job.total}
            aria-valuenow={job.done}
          >
            <div className="progress-bar" style={{ width: `${job.total ? (100 * job.done) / job.total : 100}%` }} />
          </div>
          <p className="hint" data-testid="export-progress">
            {job.finished ? (job.cancelled ? 'Export cancelled' : 'Export finished') : 'Exporting'}: {job.done.toLocaleString('en')} of{' '}
            {countOf(job.total, 'export')}
          </p>
          {job.finished && <ExportSummary job={job} onShow={(index) => void call('showExportedFile', { jobId: job.jobId, index })} />}
        </>
      ) : (
        <>
          <fieldset className="form-row segmented">
            <legend>Articles</legend>
            <label>
              <input
                type="radio"
                name="export-scope"
                checked={state.scope === 'current'}
                disabled={!hasCurrent}
                onChange={() => state.set({ scope: 'current' })}
              />{' '}
              This article
            </label>
            <label>
              <input type="radio" name="export-scope" checked={state.scope === 'list'} onChange={() => state.set({ scope: 'list' })} /> All{' '}
              {count} in the list
            </label>
          </fieldset>
          <fieldset className="form-row format-grid">
            <legend>Formats</legend>
            {EXPORT_FORMATS.map((format) => (
              <label key={format}>
                <input type="checkbox" checked={state.formats.includes(format)} onChange={() => toggle(format)} />{' '}
                {EXPORT_REGISTRY[format].label}
              </label>
            ))}
          </fieldset>
          <div className="form-row">
            <span>Destination</span>
            <div className="inline-controls">
              <input readOnly aria-label="Destination folder" value={state.folder ?? ''} placeholder="No folder chosen" />
              <button type="button" className="button" onClick={() => void state.chooseFolder()}>
                Choose…
              </button>
            </div>
          </div>
          <fieldset className="form-row segmented">
            <legend>If a file already exists</legend>
            <label>
              <input
                type="radio"
                name="on-exists"
                checked={state.onExists === 'keep-both'}
                onChange={() => state.set({ onExists: 'keep-both' })}
              />{' '}
              Keep both
            </label>
            <label>
              <input
                type="radio"
                name="on-exists"
                checked={state.onExists === 'replace'}
                onChange={() => state.set({ onExists: 'replace' })}
              />{' '}
              Replace (asks first)
            </label>
          </fieldset>
          <ExportOptionsFields />
        </>
      )}
      {state.error && (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      )}
    </Modal>
  );
}

function ExportOptionsFields() {
  const { options, set } = useExport();
  const update = (patch: Partial<typeof options>) => set({ options: { ...options, ...patch } });
  return (
    <>
      <ExportSuggestionsChoice value={options.suggestions} onChange={(suggestions) => update({ suggestions })} />
      <details className="form-row">
        <summary>Options</summary>
        <div className="options-grid">
          <label>
            Lead image in HTML
            <select value={options.imageMode} onChange={(e) => update({ imageMode: e.target.value as typeof options.imageMode })}>
              <option value="alongside">Written beside the page</option>
              <option value="embed">Embedded in the page</option>
            </select>
          </label>
          <label>
            Wire text width
            <input
              type="number"
              min={20}
              max={200}
              value={options.wrapWidth}
              onChange={(e) => update({ wrapWidth: Math.min(200, Math.max(20, Number(e.target.value) || 69)) })}
            />
          </label>
          <label>
            ninjs version
            <select value={options.ninjsVersion} onChange={(e) => update({ ninjsVersion: e.target.value as typeof options.ninjsVersion })}>
              <option value="3.1">3.1</option>
              <option value="2.2">2.2</option>
            </select>
          </label>
          <label>
            PDF paper
            <select value={options.paper} onChange={(e) => update({ paper: e.target.value as typeof options.paper })}>
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </label>
        </div>
      </details>
    </>
  );
}
