import type { IndexEntry } from '../../../../core/library/indexEntry';
import { useLibrary } from '../../state/libraryStore';
import { useConfirm } from '../../state/confirmStore';
import { formatShortTime } from '../../ui/formatTime';
import { useDesk } from '../desk/deskStore';
import { StoryReaders } from '../desk/StoryReaders';
import { countOf } from '../../../../core/text/plural';

interface Props {
  entry: IndexEntry;
  selected: boolean;
  inTrash: boolean;
  onOpen(id: string): void;
  snippet?: { text: string; ranges: Array<[number, number]> } | undefined;
  /** Offset and position in the virtualised list. */
  top: number;
  index: number;
}

export function ArticleListItem({ entry, selected, inTrash, onOpen, snippet, top, index }: Props) {
  const { trash, restore, deleteForever } = useLibrary.getState();
  const headline = entry.headline || 'Untitled article';
  const shared = useDesk((s) => s.shared.has(entry.id));

  const confirmDelete = async () => {
    const ok = await useConfirm.getState().ask({
      title: 'Delete for ever?',
      body: `“${headline}” will be removed from the library and cannot be restored.`,
      confirmLabel: 'Delete for ever',
      danger: true,
    });
    if (ok) await deleteForever(entry.id);
  };

  return (
    <div
      id={`article-${entry.id}`}
      role="option"
      aria-selected={selected}
      className={['article-item', selected ? 'selected' : '', inTrash ? 'in-trash' : ''].filter(Boolean).join(' ')}
      data-testid="article-item"
      data-id={entry.id}
      data-index={index}
      style={{ transform: `translateY(${top}px)` }}
    >
      <button
        type="button"
        tabIndex={-1}
        className="article-open"
        onClick={() => onOpen(entry.id)}
        aria-current={selected ? 'true' : undefined}
        disabled={inTrash}
      >
        <span className="article-meta-top">
          {entry.section && <span className="article-section">{entry.section}</span>}
          <span className={`status-pill status-${entry.status}`}>{entry.status}</span>
          {shared && (
            <span className="desk-shared-pill" data-testid="shared-marker" title="Shared with the desk">
              Shared
            </span>
          )}
          {shared && <StoryReaders id={entry.id} />}
        </span>
        <span className={entry.headline ? 'article-headline' : 'article-headline untitled'}>{headline}</span>
        {snippet ? (
          <span className="article-snippet" data-testid="search-snippet">
            <Highlighted text={snippet.text} ranges={snippet.ranges} />
          </span>
        ) : (
          <span className="article-meta">
            {formatShortTime(entry.updatedAt)} · {countOf(entry.words, 'word')}
          </span>
        )}
      </button>
      <span className="article-actions">
        {inTrash ? (
          <>
            <button type="button" className="button small" onClick={() => void restore(entry.id)}>
              Restore
            </button>
            <button type="button" className="button small danger" onClick={() => void confirmDelete()}>
              Delete for ever
            </button>
          </>
        ) : (
          <button
            type="button"
            tabIndex={-1}
            className="icon-button"
            aria-label={`Move “${headline}” to the trash`}
            title="Move to trash"
            onClick={() => void trash(entry.id)}
          >
            <TrashIcon />
          </button>
        )}
      </span>
    </div>
  );
}

/** Marks matched words as <mark> elements; the snippet is plain text, so nothing is parsed as HTML. */
function Highlighted({ text, ranges }: { text: string; ranges: Array<[number, number]> }) {
  const parts: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

function TrashIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M6 2h4l.5 1H13v1.5H3V3h2.5L6 2zm-2 4h8l-.6 8H4.6L4 6z" fill="currentColor" />
    </svg>
  );
}
