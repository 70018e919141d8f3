import type { BodyMark, BodyNode } from '../../core/article/bodySchema';
import { isBodyMarkType, isBodyNodeType, type BodyMarkType, type BodyNodeType } from '../../core/article/bodyVocabulary';
import { safeLinkUrl } from '../../core/html/safeUrl';

/**
 * Inline content to CommonMark (+ GFM strikethrough). Marks that continue across text nodes are opened
 * once, as a reader would write them. Where Markdown's delimiter rules could misread a run (a bold that
 * starts with punctuation, two runs of asterisks touching), the mark is written as an inline HTML tag
 * instead: less pretty, but it always reads back the same, and every Markdown reader understands it.
 */
export interface InlineOptions {
  /** Headings hold one line: a hard break becomes <br>, and every # is escaped. */
  heading?: boolean;
}

type Leaf = { text: string; code: boolean } | { hardBreak: true };
interface Span {
  mark: BodyMark | null;
  children: Array<Span | Leaf>;
}

/**
 * How each mark is written: emphasis as a delimiter run where CommonMark reads it back unchanged, else as
 * an HTML tag; a link as [text](destination); code as a code span around the text itself, inside every
 * other mark.
 */
type MarkRule = { span: 'emphasis'; delimiter: string | null; tag: string } | { span: 'link' } | { span: 'code' } | { span: 'none' };

const MARKS: Record<BodyMarkType, MarkRule> = {
  bold: { span: 'emphasis', delimiter: '**', tag: 'strong' },
  italic: { span: 'emphasis', delimiter: '*', tag: 'em' },
  strike: { span: 'emphasis', delimiter: '~~', tag: 's' },
  // CommonMark has no underline.
  underline: { span: 'emphasis', delimiter: null, tag: 'u' },
  link: { span: 'link' },
  code: { span: 'code' },
};

/** The one fallback, for a mark outside the vocabulary: dropped, its text kept. */
const FOREIGN_MARK: MarkRule = { span: 'none' };

const markRule = (mark: BodyMark): MarkRule => (isBodyMarkType(mark.type) ? MARKS[mark.type] : FOREIGN_MARK);

/** What each node type is inside a paragraph: words, a line break, or (block types, nested by mistake) left out. */
type InlineRole = 'text' | 'hardBreak' | 'skip';

const NODES: Record<BodyNodeType, InlineRole> = {
  text: 'text',
  hardBreak: 'hardBreak',
  doc: 'skip',
  paragraph: 'skip',
  heading: 'skip',
  blockquote: 'skip',
  bulletList: 'skip',
  orderedList: 'skip',
  listItem: 'skip',
  horizontalRule: 'skip',
  relatedTeaser: 'skip',
};

/** The one fallback, for a node type outside the vocabulary: left out, as block types are. */
const inlineRole = (node: BodyNode): InlineRole => (isBodyNodeType(node.type) ? NODES[node.type] : 'skip');

export function inlineToMarkdown(content: readonly BodyNode[], options: InlineOptions = {}): string {
  return renderChildren(buildSpans(content).children, true, options).text;
}

function sameMark(a: BodyMark, b: BodyMark): boolean {
  return a.type === b.type && (a.type !== 'link' || a.attrs?.href === b.attrs?.href);
}

function spanMarks(node: BodyNode): BodyMark[] {
  // A link whose scheme the app refuses keeps its words and loses its target, as in every other export.
  return (node.marks ?? []).filter((m) => {
    const { span } = markRule(m);
    return span !== 'code' && (span !== 'link' || safeLinkUrl(m.attrs?.href) !== null);
  });
}

/** Nests marks the way prosemirror-markdown does: the mark that runs longest is opened first. */
function buildSpans(content: readonly BodyNode[]): Span {
  const root: Span = { mark: null, children: [] };
  const open: Span[] = [root];
  content.forEach((node, index) => {
    const role = inlineRole(node);
    if (role === 'hardBreak') {
      open.length = 1;
      root.children.push({ hardBreak: true });
      return;
    }
    if (role !== 'text' || !node.text) return;
    const marks = spanMarks(node);
    let keep = 1;
    while (keep < open.length && marks.some((m) => sameMark(m, open[keep]!.mark!))) keep++;
    open.length = keep;
    const opening = marks.filter((m) => !open.some((s) => s.mark && sameMark(s.mark, m)));
    const runLength = (mark: BodyMark): number => {
      let n = index + 1;
      while (n < content.length && inlineRole(content[n]!) === 'text' && spanMarks(content[n]!).some((m) => sameMark(m, mark))) n++;
      return n - index;
    };
    opening.sort((a, b) => runLength(b) - runLength(a));
    for (const mark of opening) {
      const span: Span = { mark, children: [] };
      open[open.length - 1]!.children.push(span);
      open.push(span);
    }
    open[open.length - 1]!.children.push({ text: node.text, code: (node.marks ?? []).some((m) => markRule(m).span === 'code') });
  });
  return root;
}

/**
 * A rendered piece and what its edges look like to CommonMark's flanking rules: whether it starts (ends)
 * with a letter or digit, reached through nothing but emphasis delimiters of one character (`lead`/`tail`).
 * A delimiter next to a word character always opens (closes); next to punctuation it may not.
 */
interface Piece {
  text: string;
  start: boolean;
  end: boolean;
  lead: string;
  tail: string;
}

const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}]$/u;

function renderChildren(children: Array<Span | Leaf>, lineStart: boolean, options: InlineOptions): Piece {
  const pieces: Piece[] = [];
  let text = '';
  for (const child of children) {
    const atLineStart = text === '' ? lineStart : text.endsWith('\n');
    let piece: Piece;
    if ('hardBreak' in child) piece = plainPiece(options.heading ? '<br>' : '\\\n');
    else if ('text' in child)
      piece = child.code
        ? { ...plainPiece(codeSpan(child.text)), start: false, end: false }
        : plainPiece(escapeText(child.text, atLineStart, options));
    else piece = renderSpan(child, text.slice(-1), options);
    pieces.push(piece);
    text += piece.text;
  }
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  return {
    text,
    start: first?.start ?? false,
    lead: first?.lead ?? '',
    end: last?.end ?? false,
    tail: last?.tail ?? '',
  };
}

function plainPiece(text: string): Piece {
  return { text, start: WORD_START.test(text), end: WORD_END.test(text), lead: '', tail: '' };
}

function renderSpan(span: Span, before: string, options: InlineOptions): Piece {
  const mark = span.mark!;
  const rule = markRule(mark);
  const inner = renderChildren(span.children, false, options);
  switch (rule.span) {
    case 'link':
      return { text: `[${inner.text}](${linkDestination(safeLinkUrl(mark.attrs?.href)!)})`, start: false, end: false, lead: '', tail: '' };
    case 'emphasis':
      return emphasis(rule.delimiter, rule.tag, inner, before);
    case 'code': // never a span: spanMarks leaves code to the leaf
    case 'none':
      return inner;
  }
}

function emphasis(delimiter: string | null, tag: string, inner: Piece, before: string): Piece {
  if (delimiter) {
    const char = delimiter[0]!;
    const opens = inner.start && (inner.lead === '' || inner.lead === char);
    const closes = inner.end && (inner.tail === '' || inner.tail === char);
    // A run of the same character straight before would merge with ours into one ambiguous run.
    if (opens && closes && before !== char) {
      return { text: `${delimiter}${inner.text}${delimiter}`, start: true, end: true, lead: char, tail: char };
    }
  }
  return { text: `<${tag}>${inner.text}</${tag}>`, start: false, end: false, lead: '', tail: '' };
}

/** Escapes what Markdown (and GFM's autolinks) would otherwise read as syntax. */
export function escapeText(text: string, atLineStart: boolean, options: InlineOptions = {}): string {
  let s = text
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/\b(https?|ftp)(:\/\/)/gi, '$1\\$2')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/([\w.+-])@/g, '$1\\@');
  if (options.heading) s = s.replace(/#/g, '\\#');
  if (atLineStart) {
    s = s.replace(/^[ \t]+/, '');
    s = s.replace(/^(#|[-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
  }
  return s;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each side when both are there, and a fence needs a gap from a backtick.
  const pad = text.startsWith('`') || text.endsWith('`') || (/^ .*[^ ].* $/.test(text) && text.length > 2) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

export function linkDestination(href: string): string {
  const escaped = href.replace(/[\\]/g, '\\\\');
  return /^[^\s<>()\\]*$/.test(href) ? escaped : `<${escaped.replace(/[<>]/g, '\\$&')}>`;
}
