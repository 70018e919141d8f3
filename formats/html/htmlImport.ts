import { newArticle, type Article } from '../../core/article/schema';
import { slugify } from '../../core/article/slug';
import type { BodyNode } from '../../core/article/bodySchema';
import { domToBody, parseHtml } from '../../core/html/htmlToBody';
import { isSafeImageUrl } from '../../core/html/safeUrl';
import { bodyPlainText } from '../../core/text/bodyText';
import { readPage, type PageParts } from './htmlImportPage';
import {
  IMPORT_MAX_BYTES,
  ImportError,
  type FieldSource,
  type ImportContext,
  type ImportedImageReference,
  type ImportResult,
} from '../../core/import/importTypes';
import { FieldReader, validateArticle } from '../markdown/markdownImportFields';
import { cleanReadableBody } from './webPage/bodyCleanup';
import { cleanByline, joinAuthors } from './webPage/bylineText';
import { readJsonLd, type JsonLdArticle } from './webPage/jsonLd';
import { FieldChoice, withoutSiteName } from './webPage/pageFieldChoice';
import { readableContent, stripInertMarkup, type ReadableContent } from './webPage/readableContent';
import { pageWarnings, rightToLeft } from './webPage/pageChecks';

export type HtmlImportResult = ImportResult & { image?: ImportedImageReference };

export interface HtmlImportOptions {
  /** The HTML is a selection (the clipboard's text/html), not a page: all of it is the body. */
  fragment?: boolean;
}

/**
 * A whole HTML file (a saved web page or Copydesk's own HTML export) or a pasted HTML selection. Fields
 * come from JSON-LD first, then the page's metadata, then its markup, each with its source. The body of
 * a web page is the article Readability finds, cleaned of furniture; an export or a selection is read
 * whole through htmlToBody's walk.
 */
export function importHtml(html: string, context: ImportContext, options: HtmlImportOptions = {}): HtmlImportResult {
  const source = checkHtmlInput(html);
  const jsonLd = options.fragment ? null : readJsonLd(source);
  const stripped = stripInertMarkup(source);
  const page = readPage(parseHtml(stripped, { maxBytes: IMPORT_MAX_BYTES }));
  const ownExport = /^copydesk\b/i.test(page.generator);
  const wholePage = !options.fragment && !ownExport && /<(html|body)[\s>]/i.test(stripped);
  const readable = wholePage ? readableContent(stripped) : null;

  const reader = new FieldReader();
  const choice = new FieldChoice(reader);
  const headline = chooseFields(choice, page, jsonLd, readable);

  let body: BodyNode;
  let lead: PageParts['markup']['image'] = null;
  if (readable) {
    const cleaned = cleanReadableBody(readable.html, {
      headlines: [headline, page.markup.headline, page.meta.headline],
      byline: choice.fields.byline ?? '',
      standfirst: choice.fields.standfirst ?? '',
      pageUrl: page.url,
    });
    body = domToBody(cleaned.doc.children);
    lead = cleaned.report.lead;
    const inside = cleaned.report.picturesDropped - (lead ? 1 : 0);
    if (inside > 0) {
      reader.warn(
        'body',
        `${inside === 1 ? 'One picture' : `${inside} pictures`} inside the story ${inside === 1 ? 'was' : 'were'} left out (the body holds text only); add any you need by hand.`,
      );
    }
  } else {
    body = domToBody(page.bodyRoot.children);
  }
  if (readable && bodyPlainText(body).trim() === '') body = domToBody(page.bodyRoot.children);
  const bodyText = bodyPlainText(body);
  const hasBody = (body.content ?? []).some((node) => node.content || node.type !== 'paragraph');
  if (hasBody) choice.mark('body', 'markup');
  if (!hasBody && !choice.fields.headline) {
    throw new ImportError(
      'empty',
      /<script\b/i.test(source)
        ? 'This page has no article text: it is all script, so its text is put in by the browser after loading. Open it in a browser, select the story and use Paste as new article.'
        : 'This HTML file has no article text: no headline and no paragraphs were found. Open it in a browser to check it, or copy the text and paste it instead.',
    );
  }
  if (!choice.fields.headline)
    reader.warn('headline', 'No headline was found (no JSON-LD headline, og:title, <h1> or <title>); add one before publishing.');
  for (const warning of pageWarnings({ page, jsonLd, readable, wholePage, bodyText })) reader.warn(warning.field, warning.message);

  const rtl = rightToLeft(page.direction || readable?.dir || '', choice.fields.language ?? '', bodyText);
  if (rtl.language) {
    choice.fields.language = rtl.language;
    choice.mark('language', 'text');
  }
  if (rtl.warning) reader.warn('language', rtl.warning);

  const fields: Partial<Article> = { ...choice.fields, body, slug: slugify(choice.fields.headline ?? '') };
  const image = leadImage({ ...page, markup: { ...page.markup, image: page.markup.image ?? lead } }, jsonLd, reader, choice);
  const article = validateArticle(newArticle(context.id, context.now, fields), 'HTML');
  return { article, warnings: reader.warnings, recognised: [...choice.recognised], sources: choice.sources, ...(image ? { image } : {}) };
}

/** The text fields, publish time, tags and language, each from its best source; returns the headline. */
function chooseFields(choice: FieldChoice, page: PageParts, ld: JsonLdArticle | null, readable: ReadableContent | null): string {
  const { meta, markup } = page;
  const headline = choice.text('headline', [
    ['json-ld', ld?.headline],
    ['meta', withoutSiteName(meta.headline, page.siteName)],
    ['markup', markup.headline],
    ['markup', readable?.title],
    ['markup', withoutSiteName(page.title, page.siteName)],
  ]);
  choice.text('standfirst', [
    ['json-ld', ld?.description],
    ['meta', meta.standfirst],
    ['markup', markup.standfirst],
  ]);
  choice.text('byline', [
    ['json-ld', joinAuthors(ld?.authors ?? [])],
    ['meta', cleanByline(meta.byline)],
    ['markup', cleanByline(markup.byline)],
    ['markup', cleanByline(readable?.byline ?? '')],
  ]);
  choice.text('section', [
    ['json-ld', ld?.section],
    ['meta', meta.section],
    ['markup', markup.section],
  ]);
  choice.text('dateline', [['markup', markup.dateline]]);
  choice.text('source', [['markup', markup.source]]);
  choice.published([
    ['json-ld', ld?.published],
    ['meta', meta.published],
    ['markup', markup.published],
  ]);
  if (meta.tags.length > 0) choice.tags('meta', meta.tags);
  else if (markup.tags.length > 0) choice.tags('markup', markup.tags);
  choice.language([
    ['json-ld', ld?.language],
    ['markup', page.language],
  ]);
  return headline;
}

/** The lead picture's address, caption and credit; the caption and credit stand even when the picture cannot be fetched. */
function leadImage(
  page: PageParts,
  ld: JsonLdArticle | null,
  reader: FieldReader,
  choice: FieldChoice,
): ImportedImageReference | undefined {
  const fromMarkup = page.markup.image;
  const src = fromMarkup?.src || ld?.image?.url || page.meta.image?.src || '';
  const caption = pickSourced(choice, 'caption', [
    ['json-ld', ld?.image?.caption],
    ['markup', fromMarkup?.caption],
  ]);
  const credit = pickSourced(choice, 'credit', [
    ['json-ld', ld?.image?.credit],
    ['markup', fromMarkup?.credit],
  ]);
  const alt = fromMarkup?.alt || page.meta.image?.alt || '';
  if (!src && !caption && !credit) return undefined;
  if (src && !isSafeImageUrl(src) && /^[a-z][a-z0-9+.-]*:/i.test(src)) {
    reader.warn('leadImage', 'The lead image is not a web address or a file path; it was left out.');
    if (!caption && !credit) return undefined;
  } else if (src) {
    choice.mark('leadImage', fromMarkup?.src ? 'markup' : ld?.image?.url ? 'json-ld' : 'meta');
  }
  const safeSrc = src && (isSafeImageUrl(src) || !/^[a-z][a-z0-9+.-]*:/i.test(src)) ? src : '';
  return {
    href: safeSrc,
    caption: reader.text('caption', caption) ?? '',
    credit: reader.text('credit', credit) ?? '',
    alt: reader.text('alt', alt) ?? '',
  };
}

function pickSourced(
  choice: FieldChoice,
  field: 'caption' | 'credit',
  candidates: ReadonlyArray<readonly [FieldSource, string | undefined]>,
): string {
  for (const [source, value] of candidates) {
    const text = value?.replace(/\s+/g, ' ').trim();
    if (text) {
      choice.mark(field, source);
      return text;
    }
  }
  return '';
}

/** Refuses input that is empty, binary or over the import limit, before anything parses it. */
function checkHtmlInput(text: string): string {
  if (text.length > IMPORT_MAX_BYTES) {
    throw new ImportError(
      'too_large',
      `This HTML is larger than ${IMPORT_MAX_BYTES / 1048576} MB, far more than one saved page. Save the article alone (or copy its text) and import that.`,
    );
  }
  if (text.includes('\u0000')) {
    throw new ImportError(
      'binary',
      'This does not look like an HTML file: it contains binary data. Choose a page saved as HTML, or copy the article’s text and paste it instead.',
    );
  }
  const cleaned = text.replace(/^\uFEFF/, '');
  if (cleaned.trim() === '') throw new ImportError('empty', 'This HTML file is empty. Choose a file that contains an article.');
  return cleaned;
}
