import { HeadingLevel, Paragraph, TextRun, type IParagraphOptions, type NumberingDefinition, type ParagraphChild } from 'docx';
import type { BodyMark, BodyNode } from '../../core/article/bodySchema';
import { isBodyNodeType, type BodyNodeType } from '../../core/article/bodyVocabulary';
import { readRelatedTeaser } from '../../core/article/relatedTeaser';
import { isSuggestionMark } from '../../core/review/reviewMarks';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { inlineText } from '../../core/text/bodyText';
import { inlineRuns, linkedText } from './docxInline';
import { LEFT_TO_RIGHT, type DocxDirection } from './docxDirection';
import { paragraphMarkRevision, type DocxReviewWriter } from './docxReview';
import { decimalList, LIST, listTextIndent, MAX_LIST_LEVEL, STYLE } from './docxStyles';

export interface DocxBodyOptions {
  articleHref?: (articleId: string) => string | null;
}

/** Where a block sits: inside a quote, under a list item's text, and how lists are numbered so far. */
export interface BlockContext {
  readonly options: DocxBodyOptions;
  readonly quote: boolean;
  readonly indent: number | null;
  /** Every list gets its own Word list instance, so each one counts from its own start. */
  readonly nextInstance: () => number;
  /** Writes suggestions and comment ranges as Word's own markup; absent for a clean copy. */
  readonly review?: DocxReviewWriter;
  /** Suggestion marks on enclosing blocks (a suggested list item, a suggested quote) that its text inherits. */
  readonly blockMarks?: readonly BodyMark[];
  /** The document's writing direction, on every paragraph and run. */
  readonly direction: DocxDirection;
}

interface ListPlace {
  reference: string | NumberingDefinition;
  instance: number;
  level: number;
}

export function newBlockContext(options: DocxBodyOptions, review?: DocxReviewWriter, direction = LEFT_TO_RIGHT): BlockContext {
  let instance = 0;
  return { options, quote: false, indent: null, nextInstance: () => ++instance, direction, ...(review ? { review } : {}) };
}

/** A block's own suggestion marks join those it inherits. */
function enter(node: BodyNode, context: BlockContext): BlockContext {
  const own = (node.marks ?? []).filter(isSuggestionMark);
  return own.length === 0 ? context : { ...context, blockMarks: [...(context.blockMarks ?? []), ...own] };
}

/** The runs of a text block; text in a suggested block is part of the suggestion unless it has its own. */
function textRuns(children: readonly BodyNode[], context: BlockContext): ParagraphChild[] {
  const inherited = context.blockMarks ?? [];
  const nodes =
    inherited.length === 0
      ? children
      : children.map((child) =>
          child.type === 'text' && !(child.marks ?? []).some(isSuggestionMark)
            ? { ...child, marks: [...(child.marks ?? []), ...inherited] }
            : child,
        );
  return inlineRuns(nodes, context.review, context.direction.run);
}

/** A suggested split, join, inserted or deleted paragraph is a revision on Word's paragraph mark. */
function markRevision(node: BodyNode, context: BlockContext): IParagraphOptions {
  if (!context.review) return {};
  const inherited = (context.blockMarks ?? [])[0];
  const own = paragraphMarkRevision(inherited ? { ...node, marks: [...(node.marks ?? []), inherited] } : node);
  if (!own) return {};
  const change = context.review.changeOf(own.kind, own.author, own.date);
  return { run: own.kind === 'ins' ? { insertion: change } : { deletion: change } };
}

/** The TipTap body as Word paragraphs. */
export function bodyParagraphs(body: BodyNode, context: BlockContext): Paragraph[] {
  return (body.content ?? []).flatMap((node) => blocks(node, context));
}

function paragraph(children: ParagraphChild[], context: BlockContext, extra: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    ...context.direction.paragraph,
    ...(context.quote ? { style: STYLE.quote } : {}),
    ...(context.indent !== null ? { indent: { left: context.indent } } : {}),
    ...extra,
    children,
  });
}

/** Levels 1 and 2 are both section heads under the headline, which is the document's Title. */
function headingLevel(node: BodyNode) {
  const level = Number(node.attrs?.level ?? 2);
  if (level === 3) return HeadingLevel.HEADING_3;
  return level >= 4 ? HeadingLevel.HEADING_4 : HeadingLevel.HEADING_2;
}

const isBlank = (node: BodyNode) => inlineText(node).trim() === '';

type BlockHandler = (node: BodyNode, context: BlockContext) => Paragraph[];

/** Inline content as one paragraph, block content as blocks: how a node without a rendering of its own keeps its text. */
const keepContent: BlockHandler = (node, context) => {
  const children = node.content ?? [];
  if (children.some((child) => child.type === 'text'))
    return isBlank(node) ? [] : [paragraph(textRuns(children, context), context, markRevision(node, context))];
  return children.flatMap((child) => blocks(child, context));
};

const NODES: Record<BodyNodeType, BlockHandler> = {
  doc: keepContent,
  // Empty paragraphs are the editor's spacing, not copy; Word spaces paragraphs by style.
  paragraph: (node, context) =>
    isBlank(node) ? [] : [paragraph(textRuns(node.content ?? [], context), context, markRevision(node, context))],
  heading: (node, context) =>
    isBlank(node)
      ? []
      : [
          paragraph(
            textRuns(node.content ?? [], context),
            { ...context, quote: false },
            { heading: headingLevel(node), ...markRevision(node, context) },
          ),
        ],
  // Inline nodes out of place and an item outside a list keep their text.
  text: keepContent,
  hardBreak: keepContent,
  listItem: keepContent,
  blockquote: (node, context) => (node.content ?? []).flatMap((child) => blocks(child, { ...context, quote: true })),
  bulletList: (node, context) => list(node, context, 0),
  orderedList: (node, context) => list(node, context, 0),
  horizontalRule: (_node, context) => [paragraph([], { ...context, quote: false }, { thematicBreak: true })],
  relatedTeaser: (node, context) => [relatedTeaser(node, context)],
};

/** The one fallback, for a type outside the vocabulary: a code block (imported JSON) keeps its lines; any other node its text. */
const foreign: BlockHandler = (node, context) => {
  if (node.type !== 'codeBlock') return keepContent(node, context);
  return [paragraph(codeLines(inlineText(node), context.direction), { ...context, quote: false }, { style: STYLE.code })];
};

function blocks(node: BodyNode, outer: BlockContext): Paragraph[] {
  // A block's own suggestion marks pass to its text and its paragraph mark.
  const context = enter(node, outer);
  return (isBodyNodeType(node.type) ? NODES[node.type] : foreign)(node, context);
}

/** Code keeps its own lines; each becomes a line break inside one paragraph. */
function codeLines(text: string, direction: DocxDirection): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ ...direction.run, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function list(node: BodyNode, context: BlockContext, level: number): Paragraph[] {
  const start = Math.trunc(Number(node.attrs?.start ?? 1));
  const reference = node.type === 'bulletList' ? LIST.bullet : decimalList(Number.isFinite(start) && start >= 0 ? start : 1);
  const place: ListPlace = { reference, instance: context.nextInstance(), level: Math.min(level, MAX_LIST_LEVEL) };
  return (node.content ?? []).filter((child) => child.type === 'listItem').flatMap((item) => listItem(item, place, context));
}

/**
 * The item's first paragraph carries the number; later paragraphs hang under its text, and lists inside
 * it go one level deeper. An item that starts with something else still shows its number.
 */
function listItem(item: BodyNode, place: ListPlace, outer: BlockContext): Paragraph[] {
  const context = enter(item, outer);
  const numbering = { reference: place.reference, level: place.level, instance: place.instance };
  const numbered = (children: ParagraphChild[], node?: BodyNode) =>
    paragraph(children, { ...context, indent: null }, { numbering, ...(node ? markRevision(node, enter(node, context)) : {}) });
  const inner: BlockContext = { ...context, indent: listTextIndent(place.level) };
  const out: Paragraph[] = [];
  let hasNumber = false;
  for (const child of item.content ?? []) {
    if (!hasNumber && (child.type === 'paragraph' || child.type === 'heading')) {
      out.push(numbered(textRuns(child.content ?? [], enter(child, context)), child));
      hasNumber = true;
      continue;
    }
    if (!hasNumber) {
      out.push(numbered([]));
      hasNumber = true;
    }
    if (child.type === 'bulletList' || child.type === 'orderedList') out.push(...list(child, context, place.level + 1));
    else out.push(...blocks(child, inner));
  }
  if (!hasNumber) out.push(numbered([]));
  return out;
}

/** Where a teaser or related story points: its web address, else the library article's href. */
export function relatedHref(url: string | null | undefined, articleId: string | null | undefined, options: DocxBodyOptions): string | null {
  const web = url ? safeLinkUrl(url) : null;
  if (web !== null) return web;
  return articleId ? (options.articleHref?.(articleId) ?? null) : null;
}

function relatedTeaser(node: BodyNode, context: BlockContext): Paragraph {
  const teaser = readRelatedTeaser(node);
  const outlet = teaser.outlet ? `${teaser.outlet} - ` : '';
  return paragraph(
    [
      new TextRun({ ...context.direction.run, text: 'Related: ', bold: true }),
      ...(outlet ? [new TextRun({ ...context.direction.run, text: outlet })] : []),
      linkedText(teaser.title, relatedHref(teaser.url, teaser.articleId, context.options), context.direction.run),
    ],
    { ...context, quote: false },
    { style: STYLE.related },
  );
}
