import type { BodyMark, BodyNode } from '../../core/article/bodySchema';
import { isBodyMarkType, isBodyNodeType, type BodyMarkType, type BodyNodeType } from '../../core/article/bodyVocabulary';
import { readRelatedTeaser } from '../../core/article/relatedTeaser';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { indentLines, wrapText } from './plainTextExportWrap';

export interface PlainBodyOptions {
  articleHref?: (articleId: string) => string | null;
}

const QUOTE_INDENT = '    ';
/** Below this, deep nesting would leave no room for words; lines may then run past the width. */
const MIN_INNER_WIDTH = 10;

/** Where a block is written: the width left for its lines. */
interface Place {
  readonly width: number;
  readonly options: PlainBodyOptions;
}

/** Each node type as wire copy: its lines as a block, and its words inside a line. */
interface NodeRule {
  block: (node: BodyNode, place: Place) => string[];
  inline: (node: BodyNode) => string;
}

/** The body as wire copy: a list of blocks, each a list of lines, to be joined by blank lines. */
export function plainBodyBlocks(body: BodyNode, width: number, options: PlainBodyOptions): string[][] {
  return blocksOf(body.content ?? [], { width, options });
}

function blocksOf(nodes: BodyNode[], place: Place): string[][] {
  return nodes.map((node) => ruleOf(node).block(node, place)).filter((lines) => lines.length > 0);
}

/** Blocks inside a quote or list item stay apart by a blank line, as at the top level. */
const joinBlocks = (blocks: string[][]): string[] => blocks.flatMap((lines, i) => (i === 0 ? lines : ['', ...lines]));

const innerWidth = (place: Place, indent = 0): number => Math.max(MIN_INNER_WIDTH, place.width - indent);

/** A node's words; a hard break is a newline. */
const inlineOf = (node: BodyNode): string => (node.content ?? []).map((child) => ruleOf(child).inline(child)).join('');

/** A hard break is a line break the writer asked for; each side is wrapped on its own. */
const textBlock = (node: BodyNode, place: Place): string[] =>
  inlineOf(node)
    .split('\n')
    .flatMap((segment) => wrapText(segment, innerWidth(place)));

/** Inline content as a paragraph, block content as blocks: how a node without a rendering of its own keeps its words. */
function keepContent(node: BodyNode, place: Place): string[] {
  const children = node.content ?? [];
  if (children.some((child) => child.type === 'text')) return wrapText(inlineOf(node), innerWidth(place));
  return joinBlocks(blocksOf(children, place));
}

function quote(node: BodyNode, place: Place): string[] {
  const blocks = blocksOf(node.content ?? [], { ...place, width: innerWidth(place, QUOTE_INDENT.length) });
  return indentLines(joinBlocks(blocks), QUOTE_INDENT, QUOTE_INDENT);
}

const contentRule: NodeRule = { block: keepContent, inline: inlineOf };

const NODES: Record<BodyNodeType, NodeRule> = {
  doc: contentRule,
  paragraph: { block: textBlock, inline: inlineOf },
  heading: { block: textBlock, inline: inlineOf },
  text: { block: keepContent, inline: (node) => markedText(node) },
  hardBreak: { block: keepContent, inline: () => '\n' },
  blockquote: { block: quote, inline: inlineOf },
  bulletList: { block: list, inline: inlineOf },
  orderedList: { block: list, inline: inlineOf },
  // An item outside a list has no marker to hang from; its blocks stand alone.
  listItem: contentRule,
  horizontalRule: { block: () => ['* * *'], inline: inlineOf },
  relatedTeaser: { block: (node, place) => wrapText(relatedLine(node, place.options), innerWidth(place)), inline: inlineOf },
};

/** Wire copy has no formatting: every mark keeps its words and nothing else (a link's address is dropped). */
const keepWords = (text: string): string => text;
const MARKS: Record<BodyMarkType, (text: string, mark: BodyMark) => string> = {
  bold: keepWords,
  italic: keepWords,
  underline: keepWords,
  strike: keepWords,
  code: keepWords,
  link: keepWords,
};

function markedText(node: BodyNode): string {
  return (node.marks ?? []).reduce((text, mark) => (isBodyMarkType(mark.type) ? MARKS[mark.type](text, mark) : text), node.text ?? '');
}

/**
 * The one fallback, for a type outside the vocabulary (imported JSON, an older editor): a code block keeps
 * its own lines, since wrapping would change it; anything else keeps its words.
 */
const FOREIGN: NodeRule = {
  block: (node, place) =>
    node.type === 'codeBlock' ? indentLines(inlineOf(node).split('\n'), QUOTE_INDENT, QUOTE_INDENT) : keepContent(node, place),
  inline: inlineOf,
};

const ruleOf = (node: BodyNode): NodeRule => (isBodyNodeType(node.type) ? NODES[node.type] : FOREIGN);

/** Items sit on consecutive lines; text after the marker hangs under the item's first word. */
function list(node: BodyNode, place: Place): string[] {
  const start = Number(node.attrs?.start ?? 1);
  const first = Number.isInteger(start) ? start : 1;
  const items = (node.content ?? []).filter((child) => child.type === 'listItem');
  return items.flatMap((item, index) => {
    const marker = node.type === 'orderedList' ? `${first + index}. ` : '- ';
    const lines = joinBlocks(blocksOf(item.content ?? [], { ...place, width: innerWidth(place, marker.length) }));
    return lines.length > 0 ? indentLines(lines, marker) : [marker.trimEnd()];
  });
}

function relatedLine(node: BodyNode, options: PlainBodyOptions): string {
  const teaser = readRelatedTeaser(node);
  const href = teaser.url ? safeLinkUrl(teaser.url) : teaser.articleId ? (options.articleHref?.(teaser.articleId) ?? null) : null;
  const outlet = teaser.outlet ? `${teaser.outlet} - ` : '';
  return `Related: ${outlet}${teaser.title}${href ? ` (${href})` : ''}`;
}
