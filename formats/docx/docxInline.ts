import { DeletedTextRun, ExternalHyperlink, InsertedTextRun, TextRun, UnderlineType, type IRunOptions, type ParagraphChild } from 'docx';
import type { BodyMark, BodyNode } from '../../core/article/bodySchema';
import { isBodyMarkType, isBodyNodeType, type BodyMarkType, type BodyNodeType } from '../../core/article/bodyVocabulary';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { BLOCK_BOUNDARY } from '../../core/review/reviewMarks';
import { commentIdsOf, pieceLength, type DocxReviewWriter, type Revision } from './docxReview';
import { MONOSPACE, STYLE } from './docxStyles';

export type RunFormat = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/** One stretch of text with its formatting, before links are grouped; `href` is already checked. */
interface Piece {
  text: string;
  format: RunFormat;
  href: string | null;
  lineBreak: boolean;
  /** Review: the Word revision this text is in, and the comment threads anchored on it. */
  revision: Revision | null;
  comments: string[];
}

/** What a mark does to a run: formatting, or (a link) the checked address of the hyperlink around it. */
interface MarkEffect {
  format?: RunFormat;
  href?: string | null;
}

const MARKS: Record<BodyMarkType, (mark: BodyMark) => MarkEffect> = {
  bold: () => ({ format: { bold: true } }),
  italic: () => ({ format: { italics: true } }),
  underline: () => ({ format: { underline: { type: UnderlineType.SINGLE } } }),
  strike: () => ({ format: { strike: true } }),
  code: () => ({ format: { font: MONOSPACE } }),
  link: (mark) => ({ href: safeLinkUrl(mark.attrs?.href) }),
};

/** The one fallback, for a mark outside the vocabulary: Word has super- and subscript; any other is dropped, its text kept. */
function foreignMark(mark: BodyMark): MarkEffect {
  if (mark.type === 'superscript') return { format: { superScript: true } };
  if (mark.type === 'subscript') return { format: { subScript: true } };
  return {};
}

/** The marks' formatting merged; the first link mark gives the address (null when it is unsafe). */
function effectOf(marks: readonly BodyMark[]): { format: RunFormat; href: string | null } {
  const format: RunFormat = {};
  let href: string | null | undefined;
  for (const mark of marks) {
    const effect = isBodyMarkType(mark.type) ? MARKS[mark.type](mark) : foreignMark(mark);
    Object.assign(format, effect.format);
    if (href === undefined && 'href' in effect) href = effect.href;
  }
  return { format, href: href ?? null };
}

type Collector = (node: BodyNode, out: Piece[], review: DocxReviewWriter | undefined) => void;

/** Inline nodes we have no run for keep their text. */
const keepText: Collector = (node, out, review) => collect(node.content ?? [], out, review);

function textPieces(node: BodyNode, out: Piece[], review: DocxReviewWriter | undefined): void {
  const marks = node.marks ?? [];
  const { format, href } = effectOf(marks);
  // Review marks are not formatting: they become w:ins/w:del and comment ranges.
  const revision = review?.revision(marks) ?? null;
  const comments = review ? commentIdsOf(marks) : [];
  // The editor's paragraph split/join marker is written on the paragraph mark, not as text.
  const text = (node.text ?? '').replaceAll(BLOCK_BOUNDARY, '');
  // A newline inside a text node (pasted copy) is a line break in the copy, which w:t would flatten to a space.
  text.split('\n').forEach((line, i) => {
    out.push({ text: line, format, href, lineBreak: i > 0, revision, comments });
  });
}

/** Each node type inside a paragraph; block types only reach here nested in inline content, and keep their text. */
const NODES: Record<BodyNodeType, Collector> = {
  text: textPieces,
  hardBreak: (_node, out) => {
    out.push({ text: '', format: {}, href: null, lineBreak: true, revision: null, comments: [] });
  },
  doc: keepText,
  paragraph: keepText,
  heading: keepText,
  blockquote: keepText,
  bulletList: keepText,
  orderedList: keepText,
  listItem: keepText,
  horizontalRule: keepText,
  relatedTeaser: keepText,
};

function collect(nodes: readonly BodyNode[], out: Piece[], review: DocxReviewWriter | undefined): void {
  // keepText is also the one fallback for a node type outside the vocabulary.
  for (const node of nodes) (isBodyNodeType(node.type) ? NODES[node.type] : keepText)(node, out, review);
}

function run(piece: Piece, direction: RunFormat): ParagraphChild {
  const linkStyle = piece.href ? { style: STYLE.hyperlink } : {};
  const options = { ...linkStyle, ...piece.format, ...direction, text: piece.text, ...(piece.lineBreak ? { break: 1 } : {}) };
  const r = piece.revision;
  if (r?.kind === 'ins') return new InsertedTextRun({ ...options, id: r.id, author: r.author, date: r.date });
  if (r?.kind === 'del') return new DeletedTextRun({ ...options, id: r.id, author: r.author, date: r.date });
  return new TextRun(options);
}

/** A piece with the comment ranges that start before it and end after it. */
function withComments(piece: Piece, review: DocxReviewWriter | undefined, child: ParagraphChild): ParagraphChild[] {
  if (!review || piece.comments.length === 0) return [child];
  return [...review.startsAt(piece.comments), child, ...review.endsAfter(piece.comments, pieceLength(piece.text))];
}

/**
 * The runs of an inline content list. Neighbouring pieces with the same link become one hyperlink, so a
 * link with a bold word in it stays one link; a link whose href is unsafe is plain text.
 */
export function inlineRuns(nodes: readonly BodyNode[], review?: DocxReviewWriter, direction: RunFormat = {}): ParagraphChild[] {
  const pieces: Piece[] = [];
  collect(nodes, pieces, review);
  const children: ParagraphChild[] = [];
  for (let i = 0; i < pieces.length;) {
    const piece = pieces[i]!;
    if (piece.text === '' && !piece.lineBreak) {
      i += 1;
      continue;
    }
    const href = piece.href;
    if (href === null) {
      children.push(...withComments(piece, review, run(piece, direction)));
      i += 1;
      continue;
    }
    // Comment ranges go around the whole link: Word keeps them outside w:hyperlink.
    const linked: Piece[] = [];
    for (; i < pieces.length && pieces[i]!.href === href; i++) linked.push(pieces[i]!);
    const ids = [...new Set(linked.flatMap((p) => p.comments))];
    const link = new ExternalHyperlink({ link: href, children: linked.map((p) => run(p, direction)) });
    const ends = (id: string) =>
      review!.endsAfter(
        [id],
        linked.filter((p) => p.comments.includes(id)).reduce((n, p) => n + pieceLength(p.text), 0),
      );
    children.push(...(review && ids.length > 0 ? [...review.startsAt(ids), link, ...ids.flatMap(ends)] : [link]));
  }
  return children;
}

/** A title linked when it has a safe address, plain otherwise: the Related teaser and list share it. */
export function linkedText(text: string, href: string | null, direction: RunFormat = {}): ParagraphChild {
  const safe = href === null ? null : safeLinkUrl(href);
  if (safe === null) return new TextRun({ ...direction, text });
  return new ExternalHyperlink({ link: safe, children: [new TextRun({ ...direction, style: STYLE.hyperlink, text })] });
}
