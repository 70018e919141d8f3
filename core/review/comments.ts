import type { BodyNode } from '../article/bodySchema';
import { BLOCK_BOUNDARY, COMMENT } from './reviewMarks';
import type { ReviewComment } from './reviewSchema';

/** The text each comment mark covers now, by comment id (one body walk). */
export function anchoredTexts(body: BodyNode): Map<string, string> {
  const texts = new Map<string, string>();
  const visit = (node: BodyNode) => {
    if (node.type === 'text') {
      for (const mark of node.marks ?? []) {
        if (mark.type !== COMMENT) continue;
        const id = String(mark.attrs?.id ?? '');
        texts.set(id, (texts.get(id) ?? '') + (node.text ?? '').replaceAll(BLOCK_BOUNDARY, ''));
      }
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(body);
  return texts;
}

export interface CommentThread {
  root: ReviewComment;
  replies: ReviewComment[];
  /** The text it is anchored to now, or null when that text is gone (the thread is kept, marked orphaned). */
  anchor: string | null;
  /** Index of the top-level block holding the anchor, for ordering; Infinity when orphaned or article-level. */
  block: number;
}

/** Comments grouped into threads, in the order their anchors appear in the body; orphaned ones last. */
export function commentThreads(body: BodyNode, comments: readonly ReviewComment[]): CommentThread[] {
  const texts = anchoredTexts(body);
  const blocks = new Map<string, number>();
  (body.content ?? []).forEach((block, index) => {
    for (const id of anchoredTexts({ type: 'doc', content: [block] }).keys()) if (!blocks.has(id)) blocks.set(id, index);
  });
  const threads = new Map<string, CommentThread>();
  for (const comment of comments) {
    if (comment.parentId !== null) continue;
    threads.set(comment.id, {
      root: comment,
      replies: [],
      anchor: texts.get(comment.id) ?? null,
      block: blocks.get(comment.id) ?? Number.POSITIVE_INFINITY,
    });
  }
  for (const comment of comments) {
    if (comment.parentId === null) continue;
    const thread = threads.get(comment.parentId);
    // A reply whose parent is missing (a damaged Word file) is kept as a thread of its own.
    if (thread) thread.replies.push(comment);
    else threads.set(comment.id, { root: comment, replies: [], anchor: texts.get(comment.id) ?? null, block: Number.POSITIVE_INFINITY });
  }
  return [...threads.values()].sort((a, b) => a.block - b.block);
}
