import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import type { BodyMark, BodyNode } from '../../core/article/bodySchema';
import type { Article } from '../../core/article/schema';
import { BLOCK_BOUNDARY, COMMENT, DELETION, INSERTION, suggestionAttrs } from '../../core/review/reviewMarks';
import { fieldAnchorText } from '../../core/review/fieldAnchors';
import { fieldValue } from '../../core/review/fieldSuggestions';
import type { ReviewComment, SuggestibleField } from '../../core/review/reviewSchema';
import { docxDirection, type DocxDirection } from './docxDirection';

/** A Word revision: `w:ins` or `w:del` with its author and date (Word wants both; unknown ones are stated). */
export interface Revision {
  kind: 'ins' | 'del';
  id: number;
  author: string;
  date: string;
}

/** The editor's note travels as a comment on the headline whose text starts with this. */
export const EDITORS_NOTE_PREFIX = "Editor's note: ";
const UNKNOWN_AUTHOR = 'Unknown author';

/** The fields written as a paragraph of their own, where a comment range can sit (caption and credit share one). */
export const WORD_COMMENT_FIELDS: ReadonlySet<SuggestibleField> = new Set(['headline', 'standfirst', 'byline', 'dateline', 'source']);

/** A comment anchored in a field, as offsets into the field's text as written (trimmed). */
export interface FieldCommentRange {
  id: string;
  start: number;
  end: number;
}

/**
 * What the Word writer needs to turn review marks into Word's own markup: revision ids, and the comment
 * threads with the number of characters each still has to cover, so a range that spans paragraphs is
 * opened once and closed after its last character.
 */
export class DocxReviewWriter {
  private nextId = 1;
  private readonly threadIds = new Map<string, number[]>();
  private readonly remaining = new Map<string, number>();
  private readonly open = new Set<string>();
  readonly comments: ICommentOptions[] = [];
  /** Threads with no text in the body (orphaned, or the editor's note) go on the headline. */
  readonly unanchored: string[] = [];
  /** Threads anchored in a front-matter field, by field, in the trimmed text the paragraph holds. */
  private readonly inFields = new Map<SuggestibleField, FieldCommentRange[]>();

  /** Word requires a date on a comment; one we do not know is the article's last change, never "now". */
  private readonly fallbackDate: Date;
  /** Comments are written in the article's direction: a desk editing Arabic copy comments in Arabic. */
  private readonly direction: DocxDirection;

  constructor(article: Article) {
    this.fallbackDate = new Date(article.updatedAt);
    this.direction = docxDirection(article.language);
    const anchored = countCommentText(article.body);
    const roots = article.review.comments.filter((c) => c.parentId === null);
    for (const root of roots) {
      const replies = article.review.comments.filter((c) => c.parentId === root.id);
      const rootId = this.addComment(root);
      const ids = [rootId, ...replies.map((reply) => this.addComment(reply, rootId))];
      this.threadIds.set(root.id, ids);
      const inField = root.fieldAnchor && writtenFieldRange(article, root);
      if (inField) this.inFields.set(inField.field, [...(this.inFields.get(inField.field) ?? []), inField.range]);
      else if (anchored.has(root.id)) this.remaining.set(root.id, anchored.get(root.id)!);
      else this.unanchored.push(root.id);
    }
    if (article.review.editorNote.trim()) {
      const note: ReviewComment = {
        id: '__note',
        parentId: null,
        author: 'Copydesk',
        initials: '',
        date: '',
        text: `${EDITORS_NOTE_PREFIX}${article.review.editorNote.trim()}`,
        resolved: false,
        quote: '',
      };
      this.threadIds.set(note.id, [this.addComment(note)]);
      this.unanchored.push(note.id);
    }
  }

  private addComment(comment: ReviewComment, parentWordId?: number): number {
    const id = this.nextId++;
    this.comments.push({
      id,
      author: comment.author || UNKNOWN_AUTHOR,
      initials: comment.initials || undefined,
      date: comment.date ? new Date(comment.date) : this.fallbackDate,
      ...(parentWordId !== undefined ? { parentId: parentWordId } : {}),
      resolved: comment.resolved,
      children: comment.text
        .split('\n')
        .map((line) => new Paragraph({ ...this.direction.paragraph, children: [new TextRun({ ...this.direction.run, text: line })] })),
    });
    return id;
  }

  revision(marks: readonly BodyMark[]): Revision | null {
    const mark = marks.find((m) => m.type === INSERTION || m.type === DELETION);
    if (!mark) return null;
    const attrs = suggestionAttrs(mark);
    return {
      kind: mark.type === INSERTION ? 'ins' : 'del',
      id: this.nextId++,
      author: attrs.author || UNKNOWN_AUTHOR,
      date: wordDate(attrs.date),
    };
  }

  /** Revision attributes for docx's `insertion`/`deletion` options. */
  changeOf(kind: 'ins' | 'del', author: string, date: string): { id: number; author: string; date: string } {
    return { id: this.nextId++, author: author || UNKNOWN_AUTHOR, date: wordDate(date) };
  }

  /** Range starts for the comments that begin at this piece of text. */
  startsAt(commentIds: readonly string[]): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const id of commentIds) {
      if (this.open.has(id) || !this.remaining.has(id)) continue;
      this.open.add(id);
      for (const wordId of this.threadIds.get(id) ?? []) out.push(new CommentRangeStart(wordId));
    }
    return out;
  }

  /** Range ends and references for the comments whose last character is in this piece. */
  endsAfter(commentIds: readonly string[], length: number): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const id of commentIds) {
      const left = (this.remaining.get(id) ?? 0) - length;
      if (!this.remaining.has(id)) continue;
      this.remaining.set(id, left);
      if (left > 0) continue;
      this.remaining.delete(id);
      out.push(...this.closeThread(id));
    }
    return out;
  }

  private closeThread(id: string): ParagraphChild[] {
    const words = this.threadIds.get(id) ?? [];
    return [...words.map((w) => new CommentRangeEnd(w)), ...words.map((w) => new TextRun({ children: [new CommentReference(w)] }))];
  }

  /** The comment ranges in a field's paragraph, as offsets into its trimmed text. */
  fieldComments(field: SuggestibleField): readonly FieldCommentRange[] {
    return this.inFields.get(field) ?? [];
  }

  /** `w:commentRangeStart` for a thread and its replies (Word repeats the range for each). */
  rangeStart(id: string): ParagraphChild[] {
    return (this.threadIds.get(id) ?? []).map((w) => new CommentRangeStart(w));
  }

  /** `w:commentRangeEnd` and the references for a thread and its replies. */
  rangeEnd(id: string): ParagraphChild[] {
    return this.closeThread(id);
  }

  /** Empty ranges for threads with no text in the body, placed on the headline: Word keeps them, and so does a re-import. */
  unanchoredRanges(): ParagraphChild[] {
    return this.unanchored.flatMap((id) => [
      ...(this.threadIds.get(id) ?? []).map((w) => new CommentRangeStart(w)),
      ...this.closeThread(id),
    ]);
  }
}

/**
 * A field comment's range in the text the field's paragraph holds (the field trimmed), or null when it
 * has no text there: deleted, only spaces, or in a field written without a paragraph of its own (those
 * go on the headline as an empty range, like the body's orphaned comments).
 */
function writtenFieldRange(article: Article, root: ReviewComment): { field: SuggestibleField; range: FieldCommentRange } | null {
  const anchor = root.fieldAnchor;
  if (!anchor || !WORD_COMMENT_FIELDS.has(anchor.field) || fieldAnchorText(article, anchor) === null) return null;
  const raw = fieldValue(article, anchor.field);
  const lead = raw.length - raw.trimStart().length;
  const length = raw.trim().length;
  const start = Math.min(Math.max(anchor.start - lead, 0), length);
  const end = Math.min(Math.max(anchor.end - lead, 0), length);
  return start < end ? { field: anchor.field, range: { id: root.id, start, end } } : null;
}

/** Word dates are whole seconds in UTC; an unknown date is written as the epoch rather than left invalid. */
function wordDate(date: string): string {
  const time = Date.parse(date);
  return new Date(Number.isNaN(time) ? 0 : time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const commentIdsOf = (marks: readonly BodyMark[]): string[] =>
  marks.filter((m) => m.type === COMMENT).map((m) => String(m.attrs?.id ?? ''));

function countCommentText(body: BodyNode): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (node: BodyNode) => {
    if (node.type === 'text')
      for (const id of commentIdsOf(node.marks ?? [])) counts.set(id, (counts.get(id) ?? 0) + pieceLength(node.text ?? ''));
    for (const child of node.content ?? []) visit(child);
  };
  visit(body);
  return counts;
}

/** Characters as the inline writer counts them: block-boundary markers are not written, and newlines become breaks. */
export const pieceLength = (text: string): number => text.replaceAll(BLOCK_BOUNDARY, '').length;

/**
 * Word records a suggested paragraph split or join on the paragraph mark. The editor records it as a
 * marked invisible character at the end of the paragraph (or the whole block carries the mark).
 */
export function paragraphMarkRevision(node: BodyNode): { kind: 'ins' | 'del'; author: string; date: string } | null {
  const own = (node.marks ?? []).find((m) => m.type === INSERTION || m.type === DELETION);
  const last = node.content?.[node.content.length - 1];
  const boundary =
    last?.type === 'text' && last.text?.endsWith(BLOCK_BOUNDARY)
      ? (last.marks ?? []).find((m) => m.type === INSERTION || m.type === DELETION)
      : undefined;
  const mark = own ?? boundary;
  if (!mark) return null;
  const attrs = suggestionAttrs(mark);
  return { kind: mark.type === INSERTION ? 'ins' : 'del', author: attrs.author, date: attrs.date };
}
