import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { IndexEntry } from '../../../../core/library/indexEntry';
import { useLibrary } from '../../state/libraryStore';
import { useEditorSession } from '../../state/editorSession';
import { ArticleListItem } from './ArticleListItem';

/** Rows have a fixed height (two-line headline clamp), so 10,000 of them cost one measure, not 10,000. */
export const ROW_HEIGHT = 100;

interface Props {
  entries: IndexEntry[];
  inTrash: boolean;
  /** Text snippets for search hits, by article id. */
  snippets?: Map<string, { text: string; ranges: Array<[number, number]> }>;
  /** The list is still being fetched (aria-busy): at start it comes after the open article. */
  busy?: boolean;
  /** Told the ids of the rows on screen whenever they change (search results ask for their snippets). */
  onRowsShown?: (ids: string[]) => void;
}

/**
 * The library list: virtualised, so only the rows on screen exist in the DOM, and driven by the
 * keyboard as a listbox: Up and Down move through the articles (opening each), Enter goes to the
 * editor, Delete moves the article to the trash (with Undo).
 */
export function ArticleList({ entries, inTrash, snippets, busy = false, onRowsShown }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedId = useLibrary((s) => s.selectedId);
  const flush = useEditorSession((s) => s.flush);
  // TanStack Virtual returns a mutable instance the React compiler cannot memoise; it is meant to be used so.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const rows = virtualizer.getVirtualItems();
  // The range on screen, without the overscan (set by getVirtualItems above).
  const firstShown = virtualizer.range?.startIndex ?? -1;
  const lastShown = virtualizer.range?.endIndex ?? -1;
  useEffect(() => {
    if (onRowsShown && firstShown >= 0) onRowsShown(entries.slice(firstShown, lastShown + 1).map((e) => e.id));
  }, [onRowsShown, entries, firstShown, lastShown]);
  const selectedIndex = entries.findIndex((e) => e.id === selectedId);
  // Keys can come faster than the selection re-renders; the cursor moves at once and catches up after.
  const cursor = useRef(selectedIndex);
  useEffect(() => {
    cursor.current = selectedIndex;
  }, [selectedIndex]);

  const open = (id: string) => {
    if (id === useLibrary.getState().selectedId) return;
    void flush().then(() => useLibrary.getState().select(id));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (entries.length === 0) return;
    const current = cursor.current;
    const move = (index: number) => {
      const next = Math.max(0, Math.min(entries.length - 1, index));
      cursor.current = next;
      virtualizer.scrollToIndex(next, { align: 'auto' });
      if (!inTrash) open(entries[next]!.id);
    };
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(current + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(current < 0 ? 0 : current - 1);
        break;
      case 'Home':
        event.preventDefault();
        move(0);
        break;
      case 'End':
        event.preventDefault();
        move(entries.length - 1);
        break;
      case 'Enter':
        if (selectedId) {
          event.preventDefault();
          document.querySelector<HTMLElement>('[aria-label="Headline"]')?.focus();
        }
        break;
      case 'Delete':
        if (selectedId && !inTrash) {
          event.preventDefault();
          const nextId = entries[selectedIndex + 1]?.id ?? entries[selectedIndex - 1]?.id ?? null;
          // The key may come from the row's own button, which leaves with the row: the list keeps the
          // keyboard, so the next Delete or arrow works on the next article.
          scrollRef.current?.focus();
          void useLibrary
            .getState()
            .trash(selectedId)
            .then(() => nextId && open(nextId));
        }
        break;
    }
  };

  return (
    <div
      ref={scrollRef}
      className="article-list"
      role="listbox"
      tabIndex={0}
      aria-label={inTrash ? 'Trash' : 'Articles'}
      aria-busy={busy}
      aria-activedescendant={selectedId ? `article-${selectedId}` : undefined}
      data-testid="article-list"
      onKeyDown={onKeyDown}
    >
      <div className="article-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const entry = entries[row.index]!;
          return (
            <ArticleListItem
              key={entry.id}
              entry={entry}
              selected={entry.id === selectedId}
              inTrash={inTrash}
              onOpen={open}
              snippet={snippets?.get(entry.id)}
              top={row.start}
              index={row.index}
            />
          );
        })}
      </div>
    </div>
  );
}
