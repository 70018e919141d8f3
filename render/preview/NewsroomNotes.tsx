/** @jsxRuntime automatic @jsxImportSource react */
import type { Newsroom } from '../../core/article/schema';
import { embargoLine, noteLine, notesInOrder, withdrawalLine } from '../../core/article/newsroomText';

/** The banner at the top of the preview: an embargo, or a kill or withdrawal, read before the copy. */
export function NewsroomBanner({ newsroom }: { newsroom: Newsroom }) {
  const lines = [withdrawalLine(newsroom), embargoLine(newsroom)].filter((line): line is string => line !== null);
  if (lines.length === 0) return null;
  return (
    <div className={newsroom.withdrawal ? 'cdp-banner cdp-banner-kill' : 'cdp-banner'} role="note" data-testid="newsroom-banner">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

/** Corrections, clarifications and updates at the end of the story, oldest first, in their standard wording. */
export function NewsroomNotes({ newsroom }: { newsroom: Newsroom }) {
  const notes = notesInOrder(newsroom);
  if (notes.length === 0) return null;
  return (
    <aside className="cdp-notes" aria-label="Corrections and updates">
      {notes.map((note) => (
        <p key={`${note.at}-${note.kind}`} className={`cdp-note cdp-note-${note.kind}`}>
          {noteLine(note)}
        </p>
      ))}
    </aside>
  );
}
