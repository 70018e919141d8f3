import type { BodyMark, BodyNode } from '../article/bodySchema';

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

const DELIMITERS: Record<string, string> = { bold: '**', italic: '*', strike: '~~' };
const HTML_TAGS: Record<string, string> = { bold: 'strong', italic: 'em', strike: 's', underline: 'u' };

export function inlineToMarkdown(content: readonly BodyNode[], options: InlineOptions = {}): string {
  const root = buildSpans(content);
  const out: string[] = [];
  renderChildren(root.children, out, true, options);
  return out.join('');
}

function sameMark(a: BodyMark, b: BodyMark): boolean {
  return a.type === b.type && (a.type !== 'link' || a.attrs?.href === b.attrs?.href);
}

function spanMarks(node: BodyNode): BodyMark[] {
  return (node.marks ?? []).filter((m) => m.type !== 'code' && (m.type !== 'link' || typeof m.attrs?.href === 'string'));
}

/** Nests marks the way prosemirror-markdown does: the mark that runs longest is opened first. */
function buildSpans(content: readonly BodyNode[]): Span {
  const root: Span = { mark: null, children: [] };
  const open: Span[] = [root];
  content.forEach((node, index) => {
    if (node.type === 'hardBreak') {
      open.length = 1;
      root.children.push({ hardBreak: true });
      return;
    }
    if (node.type !== 'text' || !node.text) return;
    const marks = spanMarks(node);
    let keep = 1;
    while (keep < open.length && marks.some((m) => sameMark(m, open[keep]!.mark!))) keep++;
    open.length = keep;
    const opening = marks.filter((m) => !open.some((s) => s.mark && sameMark(s.mark, m)));
    const runLength = (mark: BodyMark): number => {
      let n = index + 1;
      while (n < content.length && content[n]!.type === 'text' && spanMarks(content[n]!).some((m) => sameMark(m, mark))) n++;
      return n - index;
    };
    opening.sort((a, b) => runLength(b) - runLength(a));
    for (const mark of opening) {
      const span: Span = { mark, children: [] };
      open[open.length - 1]!.children.push(span);
      open.push(span);
    }
    open[open.length - 1]!.children.push({ text: node.text, code: (node.marks ?? []).some((m) => m.type === 'code') });
  });
  return root;
}

function renderChildren(children: Array<Span | Leaf>, out: string[], lineStart: boolean, options: InlineOptions): void {
  for (const child of children) {
    const atLineStart = out.length === 0 ? lineStart : out[out.length - 1]!.endsWith('\n');
    if ('hardBreak' in child) out.push(options.heading ? '<br>' : '\\\n');
    else if ('text' in child) out.push(child.code ? codeSpan(child.text) : escapeText(child.text, atLineStart, options));
    else out.push(renderSpan(child, lastChar(out), options));
  }
}

function renderSpan(span: Span, before: string, options: InlineOptions): string {
  const mark = span.mark!;
  if (mark.type === 'link') {
    const inner: string[] = [];
    renderChildren(span.children, inner, false, options);
    return `[${inner.join('')}](${linkDestination(String(mark.attrs?.href))})`;
  }
  const delimiter = DELIMITERS[mark.type];
  const inner: string[] = [];
  renderChildren(span.children, inner, false, options);
  const text = inner.join('');
  // A delimiter next to a letter or digit always opens and closes; next to punctuation it may not.
  const wordEdges = /^[\p{L}\p{N}]/u.test(text) && /[\p{L}\p{N}]$/u.test(text);
  if (delimiter && wordEdges && before !== delimiter[0]) return `${delimiter}${text}${delimiter}`;
  const tag = HTML_TAGS[mark.type];
  return tag ? `<${tag}>${text}</${tag}>` : text;
}

function lastChar(out: string[]): string {
  for (let i = out.length - 1; i >= 0; i--) if (out[i]!.length > 0) return out[i]!.slice(-1);
  return '';
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
