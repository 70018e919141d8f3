import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { BodyNode } from '../../../../core/article/bodySchema';
import { commentThreads, type CommentThread } from '../../../../core/review/comments';
import { listSuggestions, type SuggestionSummary } from '../../../../core/review/listSuggestions';
import type { ReviewComment } from '../../../../core/review/reviewSchema';

/**
 * The panel's lists, recomputed a moment after the body changes (never on the keystroke itself: the
 * list walks the whole body, which in a 20,000-word story is worth skipping while the user types).
 */
export function useReviewLists(
  editor: Editor | null,
  comments: readonly ReviewComment[],
  active: boolean,
): { suggestions: SuggestionSummary[]; threads: CommentThread[] } {
  const [lists, setLists] = useState<{ suggestions: SuggestionSummary[]; threads: CommentThread[] }>({ suggestions: [], threads: [] });
  useEffect(() => {
    if (!editor || !active) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const compute = () => {
      const body = editor.getJSON() as BodyNode;
      setLists({ suggestions: listSuggestions(body), threads: commentThreads(body, comments) });
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
  }, [editor, comments, active]);
  return lists;
}
