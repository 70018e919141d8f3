import type { Article } from '../../core/article/schema';
import type { ExportContext, TextExporter } from '../../core/export/exportTypes';
import { plainBodyBlocks } from './plainTextExportBody';
import { wrapText } from './plainTextExportWrap';
import { embargoLine, noteLine, notesInOrder, withdrawalLine } from '../../core/article/newsroomText';

/** Wire copy is set to 69 columns: the width agencies have used since the teleprinter, still read as such. */
export const WIRE_WIDTH = 69;
/** Narrower than this, a headline word or a dateline barely fits; the option is for real column widths. */
export const MIN_WIRE_WIDTH = 20;

export interface PlainTextOptions {
  width?: number;
}

/**
 * The article as wire-style plain text: slug line, headline, standfirst, byline and dateline, the body,
 * the photo caption and the source line, each part separated by a blank line and wrapped at `width`.
 * Empty fields leave no empty lines behind.
 */
export function exportPlainText(article: Article, context: ExportContext, options: PlainTextOptions = {}): string {
  const width = options.width ?? WIRE_WIDTH;
  if (!Number.isInteger(width) || width < MIN_WIRE_WIDTH) {
    throw new RangeError(`The wrap width must be a whole number of columns, at least ${MIN_WIRE_WIDTH}; got ${width}.`);
  }
  const wrap = (text: string): string[] => wrapText(text, width);
  const image = article.leadImage;
  const { newsroom } = article;
  const header = [withdrawalLine(newsroom), embargoLine(newsroom)].filter((line): line is string => line !== null);
  const blocks: string[][] = [
    // The wire's header lines come first: a desk reads a kill or an embargo before the copy.
    header.flatMap(wrap),
    [...slugLines(article, width), ...wrap(article.headline)],
    wrap(article.standfirst),
    [...wrap(article.byline), ...wrap(article.dateline)],
    ...plainBodyBlocks(article.body, width, { articleHref: context.articleHref }),
    image ? wrap(photoLine(image.caption, image.credit)) : [],
    article.source ? wrap(`SOURCE: ${article.source}`) : [],
    notesInOrder(newsroom).flatMap((note) => wrap(noteLine(note))),
  ];
  const text = blocks
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.map((line) => line.trimEnd()).join('\n'))
    .join('\n\n');
  return `${text}\n`;
}

/**
 * The wire's slug line: SECTION, the slug (shortened at a hyphen to fit, never cut inside a word), then
 * the time the story moved (its publish time) in UTC, the wire's clock. A draft has not moved, so it has no
 * time line: a local save time would differ from one desk member's copy to the next (issue 18's desk test
 * exports every copy and requires the same text).
 */
export function slugLines(article: Pick<Article, 'section' | 'slug' | 'publishedAt'>, width: number): string[] {
  const section = article.section.trim().toUpperCase();
  const room = width - (section ? [...section].length + 1 : 0);
  const slug = fitSlug(article.slug.trim(), Math.max(room, 1));
  const head = [section, slug].filter(Boolean).join(' ');
  if (!head) return [];
  const time = article.publishedAt ? wireTime(article.publishedAt) : '';
  return [...wrapText(head, width), ...(time ? wrapText(time, width) : [])];
}

function fitSlug(slug: string, room: number): string {
  if ([...slug].length <= room) return slug;
  const parts = slug.split('-');
  let fitted = parts[0]!;
  for (const part of parts.slice(1)) {
    if ([...`${fitted}-${part}`].length > room) break;
    fitted = `${fitted}-${part}`;
  }
  return fitted;
}

function wireTime(iso: string): string {
  const date = new Date(iso);
  if (!Number.isFinite(date.getTime())) return '';
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export const exportPlainTextWire: TextExporter = (article, context) => exportPlainText(article, context);

function photoLine(caption: string, credit: string): string {
  if (caption && credit) return `Photo caption: ${caption} / ${credit}`;
  if (caption) return `Photo caption: ${caption}`;
  return credit ? `Photo: ${credit}` : '';
}
