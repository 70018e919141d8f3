import type { FileEntry } from '../../../../api/fileDialogTypes';
import { formatSize } from './typedPath';

interface Props {
  id: string;
  entries: FileEntry[];
  active: number;
  chosen: string[];
  truncated: number;
  loading: boolean;
  onPick(entry: FileEntry, add: boolean): void;
  onOpen(entry: FileEntry): void;
}

/** Rows drawn at once; a folder with more asks the user to type a few letters to narrow it. */
const SHOWN_MAX = 400;

// Drawn, not emoji: many Linux desktops have no emoji font and would show empty boxes.
const FOLDER_ICON = (
  <svg viewBox="0 0 16 16" fill="currentColor">
    <path d="M1.5 3.5A1 1 0 0 1 2.5 2.5h3.6l1.5 1.5h5.9a1 1 0 0 1 1 1v7.5a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1z" />
  </svg>
);
const FILE_ICON = (
  <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.2">
    <path d="M3.5 1.5h6l3 3v10h-9z M9.5 1.5v3h3" />
  </svg>
);

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The listed folder's contents: click to choose (Ctrl+click adds), double-click to open. */
export function FileRows({ id, entries, active, chosen, truncated, loading, onPick, onOpen }: Props) {
  if (loading) return <div className="file-rows file-rows-empty">Reading the folder…</div>;
  if (entries.length === 0)
    return (
      <div className="file-rows file-rows-empty" id={id} role="listbox" aria-label="Folder contents">
        Nothing here matches.
      </div>
    );
  const more = entries.length - SHOWN_MAX + truncated;
  return (
    <ul className="file-rows" id={id} role="listbox" aria-label="Folder contents" aria-multiselectable="true">
      {entries.slice(0, SHOWN_MAX).map((entry, index) => (
        <li
          key={entry.name}
          id={`${id}-${index}`}
          role="option"
          aria-label={entry.kind === 'folder' ? `${entry.name} (folder)` : entry.name}
          aria-selected={chosen.includes(entry.name)}
          className={['file-row', entry.kind, index === active ? 'active' : ''].join(' ')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => onPick(entry, e.ctrlKey || e.metaKey)}
          onDoubleClick={() => onOpen(entry)}
        >
          <span className="file-icon" aria-hidden="true">
            {entry.kind === 'folder' ? FOLDER_ICON : FILE_ICON}
          </span>
          <span className="file-name">
            {entry.name}
            {entry.kind === 'folder' ? '/' : ''}
          </span>
          <span className="file-size">{formatSize(entry.size)}</span>
          <span className="file-date">{entry.modified ? dateFormat.format(new Date(entry.modified)) : ''}</span>
        </li>
      ))}
      {more > 0 && <li className="file-rows-more">{more} more not shown: type the start of a name to narrow the list.</li>}
    </ul>
  );
}
