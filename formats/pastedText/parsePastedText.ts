import { z } from 'zod';
import { BODY_LIMITS, type BodyNode } from '../../core/article/bodySchema';
import { RELATED_TEASER } from '../../core/article/relatedTeaser';
import { ArticleSchema, FIELD_LIMITS, newArticle } from '../../core/article/schema';
import { slugify } from '../../core/article/slug';
import {
  ImportError,
  type ImportContext,
  type ImportedImageReference,
  type ImportResult,
  type ImportWarning,
  type RecognisedField,
} from '../../core/import/importTypes';
import { parseAbsoluteTime } from './absoluteTime';
import { buildBody } from './body';
import { parseDateline, type Dateline } from './dateline';
import { readHeader, type PastedHeader } from './header';
import { assertImportable, toLines, toPasteLines } from './text';

/**
 * A text paste has no image file, so the lead image's caption and credit travel beside the article
 * (with an empty `href`) until the editor attaches a picture. `pageReadTime` is the page's own read-time
 * line, recognised and dropped because Copydesk computes read time from the body.
 */
export type PastedTextResult = ImportResult & {
  image?: ImportedImageReference;
  pageReadTime?: string;
};

const FIELD_ORDER: readonly RecognisedField[] = [
  'section',
  'headline',
  'standfirst',
  'byline',
  'dateline',
  'caption',
  'credit',
  'publishedAt',
  'body',
  'related',
  'source',
  'slug',
];

function choosePublishedAt(header: PastedHeader, warnings: ImportWarning[]): Date | null {
  for (const time of header.times) {
    if (time.error) warnings.push({ field: 'publishedAt', message: time.error });
  }
  const readable = header.times.filter((time) => time.date !== null);
  const chosen = readable.find((time) => time.role === 'published') ?? readable.find((time) => time.role === 'plain') ?? readable[0];
  if (!chosen) return null;
  if (chosen.caution) warnings.push({ field: 'publishedAt', message: chosen.caution });
  return chosen.date;
}

/** Wire copy often gives its only date in the dateline ("CARACAS, Dec 11 (AP)"), without a year or time. */
function dateFromDateline(dateline: Dateline, now: Date, warnings: ImportWarning[]): Date | null {
  for (const detail of dateline.details) {
    const reading = parseAbsoluteTime(detail, now);
    if (reading && 'date' in reading) {
      warnings.push({
        field: 'publishedAt',
        message: `The only date is the dateline's "${detail}", so the publication time was set to midnight UTC that day. Check it.`,
      });
      return reading.date;
    }
  }
  return null;
}

/** Strips a dateline off the first paragraph, where wire copy puts it. */
function takeDateline(nodes: BodyNode[]): Dateline | null {
  const index = nodes.findIndex((node) => node.type === 'paragraph');
  const node = nodes[index];
  const text = node?.content?.[0]?.text;
  if (!node || text === undefined) return null;
  const dateline = parseDateline(text);
  if (!dateline) return null;
  if (dateline.rest === '') nodes.splice(index, 1);
  else node.content = [{ type: 'text', text: dateline.rest }];
  return dateline;
}

/**
 * Turns the text of a news web page, as copied from the browser, into a draft article. Pure: the caller
 * gives the new article's id and the moment of import, against which "33 minutes ago" is read.
 */
export function parsePastedText(text: string, context: ImportContext): PastedTextResult {
  assertImportable(text);
  const lines = toPasteLines(toLines(text));
  if (lines.length === 0) {
    throw new ImportError('empty', 'There is no text to import. Copy the article text from the page and paste again.');
  }

  const header = readHeader(lines, context.now);
  const warnings = [...header.warnings];
  const bodyLines = [...header.leadingBody, ...lines.slice(header.bodyStart)].map((line, i) =>
    i <= header.leadingBody.length ? { ...line, blankBefore: true } : line,
  );
  const body = buildBody(bodyLines);

  const nodeCount = 1 + body.nodes.reduce((sum, node) => sum + 1 + (node.content?.length ?? 0), 0);
  if (nodeCount > BODY_LIMITS.maxNodes) {
    throw new ImportError(
      'too_large',
      `The pasted text has ${body.nodes.length.toLocaleString('en')} paragraphs, more than one article can hold. ` +
        'Copy one article at a time and paste again.',
    );
  }

  const dateline = takeDateline(body.nodes);
  let publishedAt = choosePublishedAt(header, warnings);
  if (publishedAt === null && dateline) publishedAt = dateFromDateline(dateline, context.now, warnings);

  const sources = [...new Set(body.sources)];
  if (sources.length > 1) {
    warnings.push({ field: 'source', message: `The page has ${sources.length} SOURCE lines; the last one was kept. Check it.` });
  }
  // The credit line rides in the source field, after the SOURCE line when there is one.
  const source = [sources[sources.length - 1] ?? '', ...new Set(body.credits)].filter(Boolean).join('; ').slice(0, FIELD_LIMITS.source);
  const byline = header.byline || dateline?.agency || '';
  const paragraphs = body.nodes.filter((node) => node.type === 'paragraph').length;
  if (paragraphs === 0) {
    warnings.push({ field: 'body', message: 'No body text was found after the headline. Check that the whole article was copied.' });
  }

  const draft = newArticle(context.id, context.now, {
    slug: slugify(header.headline),
    section: header.section,
    headline: header.headline,
    standfirst: header.standfirst,
    byline,
    dateline: dateline?.dateline ?? '',
    body: { type: 'doc', content: body.nodes.length > 0 ? body.nodes : [{ type: 'paragraph' }] },
    source,
    publishedAt: publishedAt ? publishedAt.toISOString() : null,
  });
  let article;
  try {
    article = ArticleSchema.parse(draft);
  } catch (error) {
    const detail = error instanceof z.ZodError ? ` (${error.issues[0]?.path.join('.')}: ${error.issues[0]?.message})` : '';
    throw new ImportError(
      'invalid_schema',
      `The pasted text could not be made into a valid article${detail}. Paste a smaller part of the page.`,
    );
  }

  const caption = header.caption;
  const found = new Set<RecognisedField>();
  const mark = (field: RecognisedField, present: unknown): void => {
    if (present) found.add(field);
  };
  mark('section', article.section);
  mark('headline', article.headline);
  mark('standfirst', article.standfirst);
  mark('byline', article.byline);
  mark('dateline', article.dateline);
  mark('caption', caption?.caption);
  mark('credit', caption?.credit);
  mark('publishedAt', article.publishedAt);
  mark('body', paragraphs > 0);
  mark(
    'related',
    body.nodes.some((node) => node.type === RELATED_TEASER),
  );
  mark('source', article.source);
  mark('slug', article.slug);

  const recognised = FIELD_ORDER.filter((field) => found.has(field));
  const result: PastedTextResult = {
    article,
    warnings,
    recognised,
    sources: Object.fromEntries(recognised.map((field) => [field, 'text' as const])),
  };
  if (caption) result.image = { href: '', caption: caption.caption, credit: caption.credit, alt: '' };
  if (header.readTime !== null) result.pageReadTime = header.readTime;
  return result;
}
