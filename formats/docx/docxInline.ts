import { ExternalHyperlink, TextRun, UnderlineType, type IRunOptions, type ParagraphChild } from 'docx';
import type { BodyMark, BodyNode } from '../../core/article/bodySchema';
import { isBodyMarkType, isBodyNodeType, type BodyMarkType, type BodyNodeType } from '../../core/article/bodyVocabulary';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { MONOSPACE, STYLE } from './docxStyles';

type RunFormat = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/** One stretch of text with its formatting, before links are grouped; `href` is already checked. */
interface Piece {
  text: string;
  format: RunFormat;
  href: string | null;
  lineBreak: boolean;
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

type Collector = (node: BodyNode, out: Piece[]) => void;

/** Inline nodes we have no run for keep their text. */
const keepText: Collector = (node, out) => collect(node.content ?? [], out);

function textPieces(node: BodyNode, out: Piece[]): void {
  const { format, href } = effectOf(node.marks ?? []);
  // A newline inside a text node (pasted copy) is a line break in the copy, which w:t would flatten to a space.
  (node.text ?? '').split('\n').forEach((line, i) => {
    out.push({ text: line, format, href, lineBreak: i > 0 });
  });
}

/** Each node type inside a paragraph; block types only reach here nested in inline content, and keep their text. */
const NODES: Record<BodyNodeType, Collector> = {
  text: textPieces,
  hardBreak: (_node, out) => {
    out.push({ text: '', format: {}, href: null, lineBreak: true });
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

function collect(nodes: readonly BodyNode[], out: Piece[]): void {
  // keepText is also the one fallback for a node type outside the vocabulary.
  for (const node of nodes) (isBodyNodeType(node.type) ? NODES[node.type] : keepText)(node, out);
}

function run(piece: Piece): TextRun {
  const linkStyle = piece.href ? { style: STYLE.hyperlink } : {};
  return new TextRun({ ...linkStyle, ...piece.format, text: piece.text, ...(piece.lineBreak ? { break: 1 } : {}) });
}

/**
 * The runs of an inline content list. Neighbouring pieces with the same link become one hyperlink, so a
 * link with a bold word in it stays one link; a link whose href is unsafe is plain text.
 */
export function inlineRuns(nodes: readonly BodyNode[]): ParagraphChild[] {
  const pieces: Piece[] = [];
  collect(nodes, pieces);
  const children: ParagraphChild[] = [];
  for (let i = 0; i < pieces.length; ) {
    const piece = pieces[i]!;
    if (piece.text === '' && !piece.lineBreak) {
      i += 1;
      continue;
    }
    const href = piece.href;
    if (href === null) {
      children.push(run(piece));
      i += 1;
      continue;
    }
    const runs: TextRun[] = [];
    for (; i < pieces.length && pieces[i]!.href === href; i++) runs.push(run(pieces[i]!));
    children.push(new ExternalHyperlink({ link: href, children: runs }));
  }
  return children;
}

/** A title linked when it has a safe address, plain otherwise: the Related teaser and list share it. */
export function linkedText(text: string, href: string | null): ParagraphChild {
  const safe = href === null ? null : safeLinkUrl(href);
  if (safe === null) return new TextRun(text);
  return new ExternalHyperlink({ link: safe, children: [new TextRun({ style: STYLE.hyperlink, text })] });
}
