import { stringify } from 'yaml';
import { noteLine, notesInOrder, withdrawalLine } from '../../core/article/newsroomText';
import type { BodyNode } from '../../core/article/bodySchema';
import { isBodyNodeType, type BodyNodeType } from '../../core/article/bodyVocabulary';
import { readRelatedTeaser } from '../../core/article/relatedTeaser';
import type { Article } from '../../core/article/schema';
import { safeLinkUrl } from '../../core/html/safeUrl';
import type { ExportContext, TextExporter } from '../../core/export/exportTypes';
import { escapeText, inlineToMarkdown, linkDestination } from './markdownExportInline';

/**
 * The article as a Markdown file with YAML front matter, the shape static site generators and
 * importMarkdown read. Empty fields are left out of the front matter rather than written as "".
 */
export const exportMarkdown: TextExporter = (article, context) => {
  const front = stringify(frontMatter(article, context), { lineWidth: 0 });
  // Notes close the story in their standard wording, as in the preview.
  const notes = notesInOrder(article.newsroom).map((note) => `*${noteLine(note)}*`);
  const body = [...blocksToLines(article.body.content ?? [], context), ...notes.flatMap((line) => ['', line])]
    .join('\n')
    .replace(/^\n/, '');
  return `---\n${front}---\n${body ? `\n${body}\n` : ''}`;
};

function frontMatter(article: Article, context: ExportContext): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const put = (key: string, value: string): void => {
    if (value !== '') data[key] = value;
  };
  put('slug', article.slug);
  put('section', article.section);
  put('headline', article.headline);
  put('standfirst', article.standfirst);
  put('byline', article.byline);
  put('dateline', article.dateline);
  if (article.publishedAt) data.published = article.publishedAt;
  put('status', article.status);
  if (article.tags.length > 0) data.tags = [...article.tags];
  put('source', article.source);
  if (article.newsroom.embargoUntil) data.embargo = article.newsroom.embargoUntil;
  const withdrawn = withdrawalLine(article.newsroom);
  if (withdrawn) data.withdrawn = withdrawn;
  put('language', article.language);
  if (article.leadImage) {
    const image: Record<string, string> = {};
    if (context.image?.href) image.src = context.image.href;
    for (const key of ['caption', 'credit', 'alt'] as const) if (article.leadImage[key]) image[key] = article.leadImage[key];
    data.image = image;
  }
  return data;
}

const isList = (type: string | undefined): boolean => type === 'bulletList' || type === 'orderedList';

/** Blocks separated by blank lines; a list straight after another list changes marker so they stay apart. */
function blocksToLines(blocks: readonly BodyNode[], context: ExportContext, tightLists = false): string[] {
  const lines: string[] = [];
  let previous: BodyNode | null = null;
  let alternate = false;
  for (const block of blocks) {
    alternate = previous !== null && previous.type === block.type && isList(block.type) ? !alternate : false;
    const blockLines = blockToLines(block, context, alternate);
    if (blockLines.length === 0) continue;
    if (previous !== null && !(tightLists && isList(block.type))) lines.push('');
    lines.push(...blockLines);
    previous = block;
  }
  return lines;
}

/** `alternate` asks a list to change marker, as it follows a list of its own type. */
type BlockHandler = (node: BodyNode, context: ExportContext, alternate: boolean) => string[];

/** Inline content as a paragraph, block content as blocks: how a node without a rendering of its own keeps its words. */
const keepContent: BlockHandler = (node, context) => {
  const content = node.content ?? [];
  if (content.some((child) => child.type === 'text' || child.type === 'hardBreak')) return inlineToMarkdown(content).split('\n');
  return blocksToLines(content, context);
};

const NODES: Record<BodyNodeType, BlockHandler> = {
  doc: keepContent,
  paragraph: (node) => ((node.content ?? []).length > 0 ? inlineToMarkdown(node.content ?? []).split('\n') : []),
  heading: (node) => {
    const level = Math.min(4, Math.max(2, Number(node.attrs?.level ?? 2)));
    const text = inlineToMarkdown(node.content ?? [], { heading: true });
    return text ? [`${'#'.repeat(level)} ${text}`] : [];
  },
  // Inline nodes out of place and an item outside a list keep their words.
  text: keepContent,
  hardBreak: keepContent,
  listItem: keepContent,
  blockquote: (node, context) => blocksToLines(node.content ?? [], context).map((line) => (line === '' ? '>' : `> ${line}`)),
  bulletList: listToLines,
  orderedList: listToLines,
  horizontalRule: () => ['---'],
  relatedTeaser: (node, context) => [`> ${relatedLine(node, context)}`],
};

/** The one fallback, for a type outside the vocabulary: a code block (imported JSON) is fenced; any other node keeps its words. */
const foreign: BlockHandler = (node, context, alternate) => {
  if (node.type !== 'codeBlock') return keepContent(node, context, alternate);
  const text = (node.content ?? []).map((child) => child.text ?? '').join('');
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return [fence, ...text.split('\n'), fence];
};

function blockToLines(node: BodyNode, context: ExportContext, alternate: boolean): string[] {
  return (isBodyNodeType(node.type) ? NODES[node.type] : foreign)(node, context, alternate);
}

function listToLines(list: BodyNode, context: ExportContext, alternate: boolean): string[] {
  const ordered = list.type === 'orderedList';
  const start = Number.isInteger(list.attrs?.start) ? Number(list.attrs?.start) : 1;
  const lines: string[] = [];
  (list.content ?? []).forEach((item, index) => {
    const marker = ordered ? `${start + index}${alternate ? ')' : '.'} ` : alternate ? '* ' : '- ';
    const itemLines = blocksToLines(item.content ?? [], context, true);
    if (itemLines.length === 0) {
      lines.push(marker.trimEnd());
      return;
    }
    const indent = ' '.repeat(marker.length);
    itemLines.forEach((line, i) => lines.push(i === 0 ? marker + line : line === '' ? '' : indent + line));
  });
  return lines;
}

/** "Related: Outlet - [Title](url)", which importMarkdown (through htmlToBody) reads back as a teaser. */
function relatedLine(node: BodyNode, context: ExportContext): string {
  const teaser = readRelatedTeaser(node);
  const href = teaser.url ? safeLinkUrl(teaser.url) : teaser.articleId ? (context.articleHref?.(teaser.articleId) ?? null) : null;
  const title = escapeText(teaser.title, false);
  const outlet = teaser.outlet ? `${escapeText(teaser.outlet, false)} - ` : '';
  return `Related: ${outlet}${href ? `[${title}](${linkDestination(href)})` : title}`;
}
