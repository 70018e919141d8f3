import type { BodyNode } from '../article/bodySchema';
import { fieldAnchorText, FIELDS_ABOVE_BODY } from './fieldAnchors';
import type { FieldTexts } from './fieldSuggestions';
import { BLOCK_BOUNDARY, COMMENT } from './reviewMarks';
import type { ReviewComment, SuggestibleField } from './reviewSchema';

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
  /**
   * Where the anchor is, for ordering: the index of the top-level block holding it; negative for the
   * fields above the body, past the last block for those below it; Infinity when orphaned or article-level.
   */
  block: number;
  /** The field the thread is anchored in, or null for the body (and for a thread with no anchor). */
  field: SuggestibleField | null;
}

/** Where the body's comment marks are: the text each covers and the top-level block it starts in. */
export interface BodyAnchors {
  texts: Map<string, string>;
  blocks: Map<string, number>;
  blockCount: number;
}

/** One walk of the body per block; the panel keeps the result until the body changes. */
export function bodyAnchors(body: BodyNode): BodyAnchors {
  const texts = anchoredTexts(body);
  const blocks = new Map<string, number>();
  (body.content ?? []).forEach((block, index) => {
    for (const id of anchoredTexts({ type: 'doc', content: [block] }).keys()) if (!blocks.has(id)) blocks.set(id, index);
  });
  return { texts, blocks, blockCount: body.content?.length ?? 0 };
}

/**
 * Comments grouped into threads, in the order their anchors appear in the article; orphaned ones last.
 * `fields` holds the fields' texts, for threads anchored in them (without it those read as orphaned).
 */
export function commentThreads(body: BodyNode, comments: readonly ReviewComment[], fields?: FieldTexts): CommentThread[] {
  return threadsOf(bodyAnchors(body), comments, fields);
}

/** The same, from body anchors found earlier: cheap enough to run on every keystroke in a field. */
export function threadsOf(body: BodyAnchors, comments: readonly ReviewComment[], fields?: FieldTexts): CommentThread[] {
  const threads = new Map<string, CommentThread>();
  const inBody = (comment: ReviewComment, block: number): CommentThread => ({
    root: comment,
    replies: [],
    anchor: body.texts.get(comment.id) ?? null,
    block,
    field: null,
  });
  for (const comment of comments) {
    if (comment.parentId !== null) continue;
    const inField = comment.fieldAnchor;
    if (!inField) {
      threads.set(comment.id, inBody(comment, body.blocks.get(comment.id) ?? Number.POSITIVE_INFINITY));
      continue;
    }
    const anchor = fields ? fieldAnchorText(fields, inField) : null;
    const above = FIELDS_ABOVE_BODY.indexOf(inField.field);
    const place = anchor === null ? Number.POSITIVE_INFINITY : above >= 0 ? above - FIELDS_ABOVE_BODY.length : body.blockCount;
    threads.set(comment.id, { root: comment, replies: [], anchor, block: place, field: inField.field });
  }
  for (const comment of comments) {
    if (comment.parentId === null) continue;
    const thread = threads.get(comment.parentId);
    // A reply whose parent is missing (a damaged Word file) is kept as a thread of its own.
    if (thread) thread.replies.push(comment);
    else threads.set(comment.id, inBody(comment, Number.POSITIVE_INFINITY));
  }
  return [...threads.values()].sort((a, b) => a.block - b.block);
}
