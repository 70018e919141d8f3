import type { BodyNode } from '../../core/article/bodySchema';
import { readRelatedTeaser, RELATED_TEASER } from '../../core/article/relatedTeaser';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { inlineText } from '../../core/text/bodyText';
import { indentLines, wrapText } from './plainTextExportWrap';

export interface PlainBodyOptions {
  articleHref?: (articleId: string) => string | null;
}

const QUOTE_INDENT = '    ';
/** Below this, deep nesting would leave no room for words; lines may then run past the width. */
const MIN_INNER_WIDTH = 10;

/** The body as wire copy: a list of blocks, each a list of lines, to be joined by blank lines. */
export function plainBodyBlocks(body: BodyNode, width: number, options: PlainBodyOptions): string[][] {
  return blocksOf(body.content ?? [], width, options);
}

function blocksOf(nodes: BodyNode[], width: number, options: PlainBodyOptions): string[][] {
  return nodes.map((node) => block(node, width, options)).filter((lines) => lines.length > 0);
}

/** Blocks inside a quote or list item stay apart by a blank line, as at the top level. */
const joinBlocks = (blocks: string[][]): string[] => blocks.flatMap((lines, i) => (i === 0 ? lines : ['', ...lines]));

function block(node: BodyNode, width: number, options: PlainBodyOptions): string[] {
  const inner = Math.max(MIN_INNER_WIDTH, width);
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      // A hard break is a line break the writer asked for; each side is wrapped on its own.
      return inlineText(node)
        .split('\n')
        .flatMap((segment) => wrapText(segment, inner));
    case 'blockquote':
      return indentLines(joinBlocks(blocksOf(node.content ?? [], Math.max(MIN_INNER_WIDTH, width - QUOTE_INDENT.length), options)), QUOTE_INDENT, QUOTE_INDENT);
    case 'bulletList':
    case 'orderedList':
      return list(node, width, options);
    case 'horizontalRule':
      return ['* * *'];
    case 'codeBlock':
      // Code keeps its own lines; wrapping would change it.
      return indentLines(inlineText(node).split('\n'), QUOTE_INDENT, QUOTE_INDENT);
    case RELATED_TEASER:
      return wrapText(relatedLine(node, options), inner);
    default: {
      const children = node.content ?? [];
      if (children.some((child) => child.type === 'text')) return wrapText(inlineText(node), inner);
      return joinBlocks(blocksOf(children, width, options));
    }
  }
}

/** Items sit on consecutive lines; text after the marker hangs under the item's first word. */
function list(node: BodyNode, width: number, options: PlainBodyOptions): string[] {
  const start = Number(node.attrs?.start ?? 1);
  const first = Number.isInteger(start) ? start : 1;
  const items = (node.content ?? []).filter((child) => child.type === 'listItem');
  return items.flatMap((item, index) => {
    const marker = node.type === 'orderedList' ? `${first + index}. ` : '- ';
    const lines = joinBlocks(blocksOf(item.content ?? [], Math.max(MIN_INNER_WIDTH, width - marker.length), options));
    return lines.length > 0 ? indentLines(lines, marker) : [marker.trimEnd()];
  });
}

function relatedLine(node: BodyNode, options: PlainBodyOptions): string {
  const teaser = readRelatedTeaser(node);
  const href = teaser.url ? safeLinkUrl(teaser.url) : teaser.articleId ? (options.articleHref?.(teaser.articleId) ?? null) : null;
  const outlet = teaser.outlet ? `${teaser.outlet} - ` : '';
  return `Related: ${outlet}${teaser.title}${href ? ` (${href})` : ''}`;
}
