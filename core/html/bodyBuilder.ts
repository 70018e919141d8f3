import { BODY_LIMITS, type BodyMark, type BodyNode } from '../article/bodySchema';
import { ImportError } from '../import/importTypes';
import { teaserFromParagraph } from './relatedParagraph';

export type ContainerType = 'blockquote' | 'bulletList' | 'orderedList' | 'listItem';

type Inline = { text: string; marks: readonly BodyMark[] } | { hardBreak: true };
type TextBlock = { type: 'paragraph' } | { type: 'heading'; level: number };

interface OpenContainer {
  node: BodyNode & { content: BodyNode[] };
  /** Opened by the builder to keep the tree valid (a list item around stray list text), not by an element. */
  implicit: boolean;
}

// The document, the open containers, a paragraph and its text must fit within the body's depth limit.
const MAX_CONTAINERS = BODY_LIMITS.maxDepth - 3;

const isList = (type: string): boolean => type === 'bulletList' || type === 'orderedList';

/**
 * Builds a TipTap body from a stream of structural events (the HTML walker's), the way a browser lays out
 * text: runs of whitespace collapse, block edges are trimmed, inline content outside a paragraph gets one,
 * and empty blocks vanish. It never nests containers deeper than the body schema allows; deeper
 * structure is flattened into the nearest container that fits.
 */
export class BodyBuilder {
  readonly doc: BodyNode & { content: BodyNode[] } = { type: 'doc', content: [] };
  /** The marks for text added next; the walker swaps this as it enters and leaves inline elements. */
  marks: readonly BodyMark[] = [];
  private readonly open: OpenContainer[] = [{ node: this.doc, implicit: false }];
  private inline: Inline[] = [];
  private block: TextBlock = { type: 'paragraph' };
  private readonly outerBlocks: TextBlock[] = [];
  private preDepth = 0;
  private preJustOpened = false;
  private nodes = 1;
  private textLength = 0;

  /** Returns a token for closeContainer, or null when there is no room and the element is flattened. */
  openContainer(type: ContainerType, attrs?: Record<string, unknown>): number | null {
    this.flush();
    const top = this.top();
    let added = 1;
    if (type === 'listItem') {
      const parent = top.implicit && top.node.type === 'listItem' ? this.open[this.open.length - 2]! : top;
      if (parent !== top) added -= 1;
      if (!isList(parent.node.type)) added += 1;
    } else {
      if (isList(top.node.type)) added += 1;
      if (isList(type)) added += 1; // room for the list item it will need
    }
    if (this.open.length - 1 + added > MAX_CONTAINERS) return null;

    if (type === 'listItem') {
      if (top.implicit && top.node.type === 'listItem') this.open.pop();
      if (!isList(this.top().node.type)) this.push({ type: 'bulletList', content: [] }, true);
    } else {
      this.enterListItem();
    }
    return this.push(attrs ? { type, attrs, content: [] } : { type, content: [] }, false);
  }

  closeContainer(token: number): void {
    this.flush();
    while (this.open.length > Math.max(1, token)) this.open.pop();
  }

  /** A block element starts or ends: the text so far becomes a paragraph. */
  boundary(): void {
    this.flush();
  }

  startHeading(level: number): void {
    this.flush();
    this.outerBlocks.push(this.block);
    this.block = { type: 'heading', level: Math.min(4, Math.max(2, level)) };
  }

  endHeading(): void {
    this.flush();
    this.block = this.outerBlocks.pop() ?? { type: 'paragraph' };
  }

  startPre(): void {
    this.flush();
    this.preDepth += 1;
    this.preJustOpened = true;
  }

  endPre(): void {
    this.flush();
    this.preDepth = Math.max(0, this.preDepth - 1);
  }

  /** A block with no inline content of its own: a horizontal rule or a related teaser. */
  addBlock(node: BodyNode): void {
    this.flush();
    this.place(node);
  }

  text(raw: string): void {
    // eslint-disable-next-line no-control-regex
    let text = raw.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
    if (this.preDepth > 0) {
      if (this.preJustOpened) text = text.replace(/^\r?\n/, ''); // HTML ignores a newline right after <pre>
      this.preJustOpened = false;
      text.split(/\r\n?|\n/).forEach((line, i) => {
        if (i > 0) this.hardBreak();
        if (line !== '') this.pushText(line.replace(/\t/g, '    '));
      });
      return;
    }
    text = text.replace(/[ \t\n\r\f]+/g, ' ');
    if (text.startsWith(' ') && this.endsWithSpace()) text = text.slice(1);
    if (text !== '') this.pushText(text);
  }

  hardBreak(): void {
    if (!this.inline.some((item) => 'text' in item)) return; // a leading break is layout, not content
    const last = this.inline[this.inline.length - 1];
    if (this.preDepth === 0 && last && 'text' in last && last.text.endsWith(' ')) {
      this.inline[this.inline.length - 1] = { text: last.text.slice(0, -1), marks: last.marks };
    }
    this.inline.push({ hardBreak: true });
  }

  /** Ends the text block in progress and returns the document. */
  finish(): BodyNode & { content: BodyNode[] } {
    this.flush();
    return this.doc;
  }

  private top(): OpenContainer {
    return this.open[this.open.length - 1]!;
  }

  private push(node: BodyNode & { content: BodyNode[] }, implicit: boolean): number {
    this.count(1, 0);
    this.top().node.content.push(node);
    this.open.push({ node, implicit });
    return this.open.length - 1;
  }

  /** Lists hold only list items: anything else continues the last item, or starts one. */
  private enterListItem(): void {
    const top = this.top();
    if (!isList(top.node.type)) return;
    const last = top.node.content[top.node.content.length - 1];
    if (last?.type === 'listItem' && last.content) this.open.push({ node: last as OpenContainer['node'], implicit: true });
    else this.push({ type: 'listItem', content: [] }, true);
  }

  private place(node: BodyNode): void {
    this.enterListItem();
    const inline = node.content ?? [];
    this.count(
      1 + inline.length,
      inline.reduce((sum, child) => sum + (child.text?.length ?? 0), 0),
    );
    this.top().node.content.push(node);
  }

  /** Stops as soon as the body outgrows the stored limits, rather than after building all of it. */
  private count(nodes: number, characters: number): void {
    this.nodes += nodes;
    this.textLength += characters;
    if (this.nodes > BODY_LIMITS.maxNodes || this.textLength > BODY_LIMITS.maxTextLength) {
      throw new ImportError(
        'too_large',
        'This text is too long for one article. Split it into smaller parts and import them one at a time.',
      );
    }
  }

  private endsWithSpace(): boolean {
    const last = this.inline[this.inline.length - 1];
    return last === undefined || !('text' in last) || last.text.endsWith(' ');
  }

  private pushText(text: string): void {
    const last = this.inline[this.inline.length - 1];
    if (last && 'text' in last && last.marks === this.marks) {
      this.inline[this.inline.length - 1] = { text: last.text + text, marks: last.marks };
    } else {
      this.inline.push({ text, marks: this.marks });
    }
  }

  private flush(): void {
    const items = this.inline;
    this.inline = [];
    this.preJustOpened = false;
    if (!items.some((item) => 'text' in item && /\S/.test(item.text))) return;
    const content = toInlineNodes(trimEdges(items));
    if (this.block.type === 'heading') {
      this.place({ type: 'heading', attrs: { level: this.block.level }, content });
      return;
    }
    const container = this.top().node.type;
    const teaser = container === 'doc' || container === 'blockquote' ? teaserFromParagraph(content) : null;
    this.place(teaser ?? { type: 'paragraph', content });
  }
}

function trimEdges(items: Inline[]): Inline[] {
  const out = [...items];
  while (out.length > 0) {
    const first = out[0]!;
    if ('text' in first) {
      const text = first.text.replace(/^\s+/, '');
      if (text !== '') {
        out[0] = { text, marks: first.marks };
        break;
      }
    }
    out.shift();
  }
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    if ('text' in last) {
      const text = last.text.replace(/\s+$/, '');
      if (text !== '') {
        out[out.length - 1] = { text, marks: last.marks };
        break;
      }
    }
    out.pop();
  }
  return out;
}

function toInlineNodes(items: Inline[]): BodyNode[] {
  const nodes: BodyNode[] = [];
  let lastKey: string | null = null;
  for (const item of items) {
    if (!('text' in item)) {
      nodes.push({ type: 'hardBreak' });
      lastKey = null;
      continue;
    }
    if (item.text === '') continue;
    const marks = canonicalMarks(item.marks);
    const key = marks.map((m) => `${m.type}:${String(m.attrs?.href ?? '')}`).join('|');
    const previous = nodes[nodes.length - 1];
    if (previous && key === lastKey) {
      previous.text += item.text;
      continue;
    }
    nodes.push(marks.length > 0 ? { type: 'text', text: item.text, marks } : { type: 'text', text: item.text });
    lastKey = key;
  }
  return nodes;
}

// The editor's schema order (Link has a higher priority than the other marks), so JSON compares equal.
const MARK_ORDER = ['link', 'bold', 'code', 'italic', 'strike', 'underline'];

/**
 * One mark of each type in the editor's order. TipTap's code mark excludes every other mark; where a link
 * is involved the link is worth more to a reader than the code styling, so the code mark gives way.
 */
export function canonicalMarks(marks: readonly BodyMark[]): BodyMark[] {
  const byType = new Map<string, BodyMark>();
  for (const mark of marks) byType.set(mark.type, mark);
  let types = MARK_ORDER.filter((type) => byType.has(type));
  if (types.includes('code')) types = types.includes('link') ? types.filter((t) => t !== 'code') : ['code'];
  return types.map((type) => byType.get(type)!);
}
