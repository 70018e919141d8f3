import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { Modal } from '../../ui/Modal';
import { useFileDialog, shownEntries } from './fileDialogStore';
import { folderText, joinPath, splitTyped } from './typedPath';
import { FilePlaces } from './FilePlaces';
import { FileRows } from './FileRows';
import { NewFolderButton } from './NewFolderButton';
import './fileDialog.css';

/**
 * Choosing files and folders where the host has no native dialog (Copydesk in Chromium), modelled on
 * VS Code's simple file dialog: one path box to type or paste into, the folder's contents below it,
 * narrowed as you type; places on the left; keyboard first (arrows, Enter, Tab, Alt+Up, Esc).
 */
export function FileDialog() {
  const state = useFileDialog();
  const { request, listing } = state;
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const shown = shownEntries(state);
  useEffect(() => {
    // Keep the active row in view as the arrow keys move it.
    document.getElementById(`${listId}-${state.active}`)?.scrollIntoView({ block: 'nearest' });
  }, [listId, state.active]);
  if (!request) return null;

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    if (event.key === 'ArrowUp' && event.altKey) {
      if (listing?.parent) void state.go(listing.parent);
    } else if (event.key === 'ArrowDown') state.setActive(Math.min(state.active + 1, last));
    else if (event.key === 'ArrowUp') state.setActive(Math.max(state.active - 1, -1));
    else if (event.key === 'PageDown') state.setActive(Math.min(state.active + 10, last));
    else if (event.key === 'PageUp') state.setActive(Math.max(state.active - 10, 0));
    else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void state.accept();
    else if (event.key === 'Enter') void state.enter();
    else if (event.key === ' ' && event.ctrlKey && request.multiple && shown[state.active]?.kind === 'file')
      state.choose(shown[state.active]!.name, true);
    // Tab completes a partly typed name (even one typed faster than the list was drawn); after a separator,
    // with nothing to complete, it moves on as Tab does everywhere.
    else if (event.key === 'Tab' && !event.shiftKey && splitTyped(useFileDialog.getState().typed, request.separator).filter)
      void state.complete();
    else return;
    event.preventDefault();
  };
  const accepting =
    request.mode === 'choose-folder'
      ? (state.chosen[0] ?? (listing ? listing.folder : ''))
      : state.chosen.length > 1
        ? `${state.chosen.length} files`
        : (state.chosen[0] ?? '');
  const footer = (
    <>
      <NewFolderButton onMake={(name) => state.makeFolder(name)} />
      <span className="file-dialog-choice" aria-live="polite">
        {accepting && `Chosen: ${accepting}`}
      </span>
      <button type="button" className="button" onClick={() => void state.cancel()}>
        Cancel
      </button>
      <button type="button" className="button primary" onClick={() => void state.accept()}>
        {request.acceptLabel}
      </button>
    </>
  );
  return (
    <Modal title={request.title} onClose={() => void state.cancel()} footer={footer} wide className="file-dialog" initialFocus=".file-path">
      <div className="file-dialog-layout">
        <FilePlaces
          places={request.places}
          recent={request.recent}
          onGo={(path) => void state.go(path).then(() => inputRef.current?.focus())}
        />
        <div className="file-dialog-main">
          <div className="file-path-row">
            <button
              type="button"
              className="button small"
              disabled={!listing?.parent}
              onClick={() => listing?.parent && void state.go(listing.parent)}
              title="Up one folder (Alt+Up)"
              aria-label="Up one folder"
            >
              ↑
            </button>
            <input
              ref={inputRef}
              className="file-path"
              aria-label="Path"
              role="combobox"
              aria-expanded="true"
              aria-controls={listId}
              aria-activedescendant={state.active >= 0 ? `${listId}-${state.active}` : undefined}
              spellCheck={false}
              autoComplete="off"
              value={state.typed}
              onChange={(e) => state.setTyped(e.target.value)}
              onKeyDown={onKey}
            />
            {request.mode === 'open-files' && request.filters.length > 0 && (
              <select aria-label="File type" value={state.typeFilter} onChange={(e) => state.setTypeFilter(Number(e.target.value))}>
                {request.filters.map((f, i) => (
                  <option key={f.name} value={i}>
                    {f.name}
                  </option>
                ))}
                <option value={request.filters.length}>All files</option>
              </select>
            )}
          </div>
          {state.error && (
            <p className="field-error" role="alert">
              {state.error}
            </p>
          )}
          <FileRows
            id={listId}
            entries={shown}
            active={state.active}
            chosen={state.chosen}
            truncated={listing?.truncated ?? 0}
            loading={!listing}
            onPick={(entry, add) => {
              state.choose(entry.name, add);
              inputRef.current?.focus();
            }}
            onOpen={(entry) => {
              if (!listing) return;
              const path = joinPath(listing.folder, entry.name, request.separator);
              if (entry.kind === 'folder') void state.go(path);
              else {
                state.choose(entry.name, false);
                void state.accept();
              }
            }}
          />
          <p className="file-dialog-hint">
            Type or paste a path; {listing ? `in ${folderText(listing.folder, request.separator)}` : ''} ↑↓ to move, Enter to open
            {request.mode === 'choose-folder' ? ', Enter on an empty name to choose this folder' : ''}, Tab to complete, Alt+↑ for the
            folder above.
          </p>
        </div>
      </div>
    </Modal>
  );
}
