import type { IndexEntry } from '../../../core/library/indexEntry';
import { useLibrary } from '../state/libraryStore';
import { useConfirm } from '../state/confirmStore';
import { formatShortTime } from './formatTime';

interface Props {
  entry: IndexEntry;
  selected: boolean;
  inTrash: boolean;
  onOpen(id: string): void;
}

export function ArticleListItem({ entry, selected, inTrash, onOpen }: Props) {
  const { trash, restore, deleteForever } = useLibrary.getState();
  const headline = entry.headline || 'Untitled article';

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
    <li className={selected ? 'article-item selected' : 'article-item'} data-testid="article-item" data-id={entry.id}>
      <button type="button" className="article-open" onClick={() => onOpen(entry.id)} aria-current={selected ? 'true' : undefined} disabled={inTrash}>
        <span className="article-meta-top">
          {entry.section && <span className="article-section">{entry.section}</span>}
          <span className={`status-pill status-${entry.status}`}>{entry.status}</span>
        </span>
        <span className={entry.headline ? 'article-headline' : 'article-headline untitled'}>{headline}</span>
        <span className="article-meta">
          {formatShortTime(entry.updatedAt)} · {entry.words.toLocaleString()} words
        </span>
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
          <button type="button" className="icon-button" aria-label={`Move “${headline}” to the trash`} title="Move to trash" onClick={() => void trash(entry.id)}>
            <TrashIcon />
          </button>
        )}
      </span>
    </li>
  );
}

function TrashIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M6 2h4l.5 1H13v1.5H3V3h2.5L6 2zm-2 4h8l-.6 8H4.6L4 6z" fill="currentColor" />
    </svg>
  );
}
