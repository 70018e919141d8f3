import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { BodyNode } from '../article/bodySchema';
import { ImportError } from '../import/importTypes';
import { BodyBuilder } from './bodyBuilder';
import { tidyBody } from './bodyTidy';
import { isCommentNode, isElement, isTextNode, styleOf } from './domQuery';
import { BLOCKS, CONTAINERS, isDropped, marksInside, teaserFromAside, wordListItem } from './htmlElements';
import { limitNesting } from './nestingGuard';

/** Larger input is refused rather than parsed: no single article is anywhere near it. */
export const HTML_MAX_BYTES = 5 * 1024 * 1024;

// Deeper markup is flattened before parsing; see nestingGuard for why.
const PARSE_MAX_DEPTH = 256;
// A long saved web page has tens of thousands of elements; the body itself may hold 200,000 nodes.
const PARSE_MAX_TAGS = 400_000;

/**
 * The one sanitising path for HTML coming into Copydesk (paste, HTML files, ninjs bodies, Markdown after
 * conversion). The body is built from an allow-list of structure and marks; nothing of the source's
 * markup survives except the text, that structure, and safe link addresses.
 */
export function htmlToBody(html: string, options: HtmlParseOptions = {}): BodyNode {
  return domToBody(parseHtml(html, options).children);
}

export interface HtmlParseOptions {
  /** For callers whose own input was checked first and whose HTML is a conversion of it (Markdown). */
  maxBytes?: number;
}

/** Parses with the size check and the nesting guard, for callers that read other parts of a page too. */
export function parseHtml(html: string, options: HtmlParseOptions = {}): ReturnType<typeof parseDocument> {
  const maxBytes = options.maxBytes ?? HTML_MAX_BYTES;
  if (utf8Length(html, maxBytes) > maxBytes) {
    throw new ImportError(
      'too_large',
      `This HTML is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, which is far more than one article. ` +
        'Split it into smaller parts and import them one at a time.',
    );
  }
  const limited = limitNesting(html, PARSE_MAX_DEPTH);
  if (limited.tags > PARSE_MAX_TAGS) {
    throw new ImportError(
      'too_large',
      'This HTML has far more markup than one article. Split it into smaller parts, or copy just the story text.',
    );
  }
  return parseDocument(limited.html, { decodeEntities: true });
}

function utf8Length(text: string, max: number): number {
  if (text.length > max) return text.length; // already over: no need to count exactly
  if (text.length * 3 <= max) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 4 : code >= 0xdc00 && code < 0xe000 ? 0 : 3;
  }
  return bytes;
}

interface Frame {
  children: readonly ChildNode[];
  index: number;
  close: (() => void) | null;
  /** Inside an Office conditional comment region ([if !supportLists] … [endif]) among these siblings. */
  conditional: boolean;
  /** Word list levels opened among these siblings, outermost first. */
  wordLists: Array<{ level: number; token: number }>;
  /** Index of the last [endif] comment among these siblings, -1 for none; found when first needed. */
  lastEndif?: number;
}

/** Builds a body from parsed nodes. The walk is iterative: a hostile depth cannot overflow the stack. */
export function domToBody(nodes: readonly ChildNode[]): BodyNode {
  const builder = new BodyBuilder();
  const stack: Frame[] = [{ children: nodes, index: 0, close: null, conditional: false, wordLists: [] }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.children[frame.index++];
    if (node === undefined) {
      closeWordLists(builder, frame);
      frame.close?.();
      stack.pop();
      continue;
    }
    if (isCommentNode(node)) {
      const data = node.data.trim();
      if (CONDITIONAL_START.test(data) && hasConditionalEnd(frame)) frame.conditional = true;
      else if (CONDITIONAL_END.test(data)) frame.conditional = false;
      continue;
    }
    if (frame.conditional) continue;
    if (isTextNode(node)) {
      if (/\S/.test(node.data)) closeWordLists(builder, frame);
      builder.text(node.data);
      continue;
    }
    if (!isElement(node)) continue;

    const listItem = wordListItem(node);
    if (!listItem) closeWordLists(builder, frame);
    const itemToken = listItem ? openWordListItem(builder, frame, listItem) : null;
    const close = enter(builder, node);
    const closeItem = itemToken === null ? null : () => builder.closeContainer(itemToken);
    if (close === 'skip') {
      closeItem?.();
      continue;
    }
    stack.push({
      children: node.children,
      index: 0,
      close: close && closeItem ? () => (close(), closeItem()) : (close ?? closeItem),
      conditional: false,
      wordLists: [],
    });
  }
  return tidyBody(builder.finish());
}

// Office's downlevel conditional comments: what sits between them is Word's fallback rendering (list
// bullets typed as text, spacer images), which the source document does not contain.
const CONDITIONAL_START = /^\[if\s[^\]]*\]$/i;
const CONDITIONAL_END = /^\[endif\]$/i;

/** An opening comment with no [endif] after it among its siblings is an ordinary comment. */
function hasConditionalEnd(frame: Frame): boolean {
  if (frame.lastEndif === undefined) {
    // Found once per element, so a flood of unmatched comments stays linear.
    frame.lastEndif = -1;
    for (let i = frame.children.length - 1; i >= 0; i--) {
      const sibling = frame.children[i]!;
      if (isCommentNode(sibling) && CONDITIONAL_END.test(sibling.data.trim())) {
        frame.lastEndif = i;
        break;
      }
    }
  }
  return frame.lastEndif >= frame.index;
}

/** Applies what an element means on the way in; returns how to undo it on the way out, or 'skip'. */
function enter(builder: BodyBuilder, el: Element): (() => void) | null | 'skip' {
  const name = el.name.toLowerCase();
  const style = styleOf(el);
  if (isDropped(el, style)) return 'skip';
  if (name === 'br') {
    builder.hardBreak();
    return 'skip';
  }
  if (name === 'hr') {
    builder.addBlock({ type: 'horizontalRule' });
    return 'skip';
  }
  if (name === 'aside' && el.attribs.class?.split(/\s+/).includes('related-teaser')) {
    const teaser = teaserFromAside(el);
    if (teaser) builder.addBlock(teaser);
    else builder.boundary();
    return 'skip';
  }
  if (style.get('mso-spacerun') === 'yes') {
    builder.text(' '); // Word spells out runs of spaces with &nbsp;
    return 'skip';
  }

  const closers: Array<() => void> = [];
  const heading = /^h([1-6])$/.exec(name);
  const container = Object.hasOwn(CONTAINERS, name) ? CONTAINERS[name] : undefined;
  if (heading) {
    builder.startHeading(Number(heading[1]));
    closers.push(() => builder.endHeading());
  } else if (container) {
    const token = builder.openContainer(container, container === 'orderedList' ? listStart(el) : undefined);
    closers.push(token === null ? () => builder.boundary() : () => builder.closeContainer(token));
  } else if (name === 'pre' || name === 'listing' || name === 'plaintext') {
    builder.startPre();
    closers.push(() => builder.endPre());
  } else if (BLOCKS.has(name)) {
    builder.boundary();
    closers.push(() => builder.boundary());
  }

  const outer = builder.marks;
  const marks = marksInside(el, style, outer);
  if (marks !== outer) {
    builder.marks = marks;
    closers.push(() => {
      builder.marks = outer;
    });
  }
  if (closers.length === 0) return null;
  return () => {
    for (let i = closers.length - 1; i >= 0; i--) closers[i]!();
  };
}

function listStart(el: Element): Record<string, unknown> | undefined {
  const start = Number(el.attribs.start);
  return Number.isInteger(start) && start !== 1 && start >= 0 && start < 1_000_000 ? { start } : undefined;
}

function openWordListItem(builder: BodyBuilder, frame: Frame, item: { level: number; ordered: boolean }): number | null {
  const levels = frame.wordLists;
  while (levels.length > 0 && levels[levels.length - 1]!.level > item.level) builder.closeContainer(levels.pop()!.token);
  const current = levels[levels.length - 1];
  if (current === undefined || current.level < item.level) {
    const token = builder.openContainer(item.ordered ? 'orderedList' : 'bulletList');
    if (token === null) return null;
    levels.push({ level: item.level, token });
  }
  return builder.openContainer('listItem');
}

function closeWordLists(builder: BodyBuilder, frame: Frame): void {
  const outermost = frame.wordLists[0];
  if (outermost) builder.closeContainer(outermost.token);
  frame.wordLists = [];
}
