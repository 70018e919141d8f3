import { useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { bodyJson } from '../editor/bodyJson';
import { bodyAnchors, threadsOf, type BodyAnchors, type CommentThread } from '../../../../core/review/comments';
import type { FieldTexts } from '../../../../core/review/fieldSuggestions';
import { listSuggestions, type SuggestionSummary } from '../../../../core/review/listSuggestions';
import type { ReviewComment } from '../../../../core/review/reviewSchema';

const NO_ANCHORS: BodyAnchors = { texts: new Map(), blocks: new Map(), blockCount: 0 };

/**
 * The panel's lists. The body's part is recomputed a moment after the body changes (never on the
 * keystroke itself: it walks the whole body, which in a 20,000-word story is worth skipping while the user
 * types); the threads are rebuilt from it and the fields at once, which is cheap, so a comment in the
 * headline follows the headline as it is typed.
 */
export function useReviewLists(
  editor: Editor | null,
  comments: readonly ReviewComment[],
  fields: FieldTexts,
  active: boolean,
): { suggestions: SuggestionSummary[]; threads: CommentThread[] } {
  const [body, setBody] = useState<{ suggestions: SuggestionSummary[]; anchors: BodyAnchors }>({ suggestions: [], anchors: NO_ANCHORS });
  useEffect(() => {
    if (!editor || !active) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const compute = () => {
      const json = bodyJson(editor.state.doc);
      setBody({ suggestions: listSuggestions(json), anchors: bodyAnchors(json) });
    };
    const later = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(compute, 250);
    };
    compute();
    editor.on('update', later);
    return () => {
      editor.off('update', later);
      if (timer) clearTimeout(timer);
    };
  }, [editor, active]);
  const { headline, standfirst, byline, dateline, source, leadImage } = fields;
  const threads = useMemo(
    () => threadsOf(body.anchors, comments, { headline, standfirst, byline, dateline, source, leadImage }),
    [body.anchors, comments, headline, standfirst, byline, dateline, source, leadImage],
  );
  return { suggestions: body.suggestions, threads };
}
