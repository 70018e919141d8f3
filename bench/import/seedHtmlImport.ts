/** The seed importer as it was before issue 13, kept only as the benchmark's baseline. */
import { newArticle, type Article } from '../../core/article/schema';
import { slugify } from '../../core/article/slug';
import { domToBody, parseHtml } from '../../core/html/htmlToBody';
import { isSafeImageUrl } from '../../core/html/safeUrl';
import {
  ImportError,
  type ImportContext,
  type ImportedImageReference,
  type ImportResult,
  type RecognisedField,
} from '../../core/import/importTypes';
import { checkTextInput, FieldReader, validateArticle, type TextField } from '../../formats/markdown/markdownImportFields';
import { readPage } from './seedHtmlImportPage';

export type HtmlImportResult = ImportResult & { image?: ImportedImageReference };

/**
 * A whole HTML file: a saved web page or Copydesk's own HTML export. The fields come from the page's
 * metadata and markup (see readPage), the body from the article element through htmlToBody's walk.
 */
export function importHtml(html: string, context: ImportContext): HtmlImportResult {
  const source = checkTextInput(html, 'HTML');
  const page = readPage(parseHtml(source));
  const reader = new FieldReader();
  const recognised = new Set<RecognisedField>();
  const fields: Partial<Article> = {};

  const set = (field: TextField, value: string): void => {
    const text = reader.text(field, value);
    if (!text) return;
    fields[field] = text;
    recognised.add(field);
  };
  set('headline', page.headline);
  set('standfirst', page.standfirst);
  set('section', page.section);
  set('byline', page.byline);
  set('dateline', page.dateline);
  set('source', page.source);
  reader.applyMeta({ published: page.published, tags: page.tags, language: page.language }, fields, recognised);

  const body = domToBody(page.bodyRoot.children);
  const hasBody = (body.content ?? []).some((node) => node.content || node.type !== 'paragraph');
  if (hasBody) recognised.add('body');
  if (!hasBody && !fields.headline) {
    throw new ImportError(
      'empty',
      'This HTML file has no article text: no headline and no paragraphs were found. Open it in a browser to check it, or copy the text and paste it instead.',
    );
  }
  if (!fields.headline) reader.warn('headline', 'No headline was found (no <h1>, og:title or <title>); add one before publishing.');
  fields.body = body;
  fields.slug = slugify(fields.headline ?? '');

  let image: ImportedImageReference | undefined;
  if (page.image) {
    if (isSafeImageUrl(page.image.src) || !/^[a-z][a-z0-9+.-]*:/i.test(page.image.src)) {
      image = {
        href: page.image.src,
        caption: reader.text('caption', page.image.caption) ?? '',
        credit: reader.text('credit', page.image.credit) ?? '',
        alt: reader.text('alt', page.image.alt) ?? '',
      };
      recognised.add('leadImage');
      if (image.caption) recognised.add('caption');
      if (image.credit) recognised.add('credit');
    } else {
      reader.warn('leadImage', 'The lead image is not a web address or a file path; it was left out.');
    }
  }

  const article = validateArticle(newArticle(context.id, context.now, fields), 'HTML');
  return { article, warnings: reader.warnings, recognised: [...recognised], ...(image ? { image } : {}) };
}
