import { Marked, type Token, type Tokens } from 'marked';
import { parseDocument as parseYaml } from 'yaml';
import { FIELD_LIMITS, newArticle, type Article } from '../../core/article/schema';
import { slugify } from '../../core/article/slug';
import { escapeHtml } from '../../core/html/escape';
import { HTML_MAX_BYTES, htmlToBody } from '../../core/html/htmlToBody';
import { isSafeImageUrl } from '../../core/html/safeUrl';
import { inlineText } from '../../core/text/bodyText';
import {
  ImportError,
  type ImportContext,
  type ImportedImageReference,
  type ImportResult,
  type RecognisedField,
} from '../../core/import/importTypes';
import { checkTextInput, FieldReader, validateArticle, type TextField } from './markdownImportFields';
import { refuseMarkdownBombs } from './markdownBombs';

export type MarkdownImportResult = ImportResult & { image?: ImportedImageReference };

/**
 * A Markdown file, optionally with YAML front matter (the shape exportMarkdown writes and static site
 * generators use). The body goes Markdown → HTML → htmlToBody, so it is sanitised on the one path all
 * HTML takes; raw HTML inside the Markdown is treated like any pasted HTML.
 */
export function importMarkdown(text: string, context: ImportContext): MarkdownImportResult {
  const source = checkTextInput(text, 'Markdown');
  const { data, body: markdown } = splitFrontMatter(source);
  refuseMarkdownBombs(markdown);
  const reader = new FieldReader();
  const recognised = new Set<RecognisedField>();
  const fields: Partial<Article> = {};

  const set = (field: TextField, ...keys: string[]): void => {
    const key = keys.find((k) => data[k] !== undefined && data[k] !== null);
    const value = key === undefined ? undefined : reader.text(field, data[key]);
    if (value === undefined || value === '') return;
    fields[field] = value;
    recognised.add(field);
  };
  set('headline', 'headline', 'title');
  set('section', 'section', 'category');
  set('standfirst', 'standfirst', 'description', 'summary');
  set('byline', 'byline', 'author');
  set('dateline', 'dateline');
  set('source', 'source');
  reader.applyMeta({ published: data.published ?? data.date, tags: data.tags, language: data.language ?? data.lang }, fields, recognised);
  const status = reader.status(data.status);
  if (status) fields.status = status;
  const image = readImage(data.image, reader);
  if (image) {
    recognised.add('leadImage');
    if (image.caption) recognised.add('caption');
    if (image.credit) recognised.add('credit');
  }
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key)) reader.warn('frontMatter', `The front matter key "${key}" is not one Copydesk uses; it was ignored.`);
  }

  const tokens = markdownLexer().lexer(markdown);
  if (fields.headline === undefined) {
    const headline = takeTitleHeading(tokens);
    if (headline) {
      fields.headline = reader.text('headline', headline);
      recognised.add('headline');
    }
  }
  const body = htmlToBody(markdownLexer().parser(tokens), { maxBytes: 4 * HTML_MAX_BYTES });
  fields.body = body;
  if ((body.content ?? []).some((node) => node.content || node.type !== 'paragraph')) recognised.add('body');

  if (recognised.size === 0) {
    throw new ImportError(
      'empty',
      'This Markdown file has no article in it: no headline, fields or body text were found. Check that you chose the right file.',
    );
  }

  const slug = typeof data.slug === 'string' || typeof data.slug === 'number' ? slugify(String(data.slug), FIELD_LIMITS.slug) : '';
  fields.slug = slug || slugify(fields.headline ?? '');
  if (slug) recognised.add('slug');

  const article = validateArticle(newArticle(context.id, context.now, fields), 'Markdown');
  return { article, warnings: reader.warnings, recognised: [...recognised], ...(image ? { image } : {}) };
}

const KNOWN_KEYS = new Set([
  'slug',
  'section',
  'category',
  'headline',
  'title',
  'standfirst',
  'description',
  'summary',
  'byline',
  'author',
  'dateline',
  'published',
  'date',
  'tags',
  'source',
  'language',
  'lang',
  'status',
  'image',
]);

function markdownLexer(): Marked {
  // marked percent-encodes hrefs through encodeURI; htmlToBody does its own cleaning, so keep them as written.
  return new Marked({
    gfm: true,
    breaks: false,
    async: false,
    renderer: {
      link({ href, tokens }: Tokens.Link): string {
        return `<a href="${escapeHtml(href)}">${this.parser.parseInline(tokens)}</a>`;
      },
      image(): string {
        return '';
      },
    },
  });
}

/** Without a headline in the front matter, the first level-one heading is the headline and leaves the body. */
function takeTitleHeading(tokens: Token[]): string | null {
  const index = tokens.findIndex((t) => t.type === 'heading' && (t as Tokens.Heading).depth === 1);
  if (index === -1) return null;
  const [heading] = tokens.splice(index, 1);
  const body = htmlToBody(markdownLexer().parser([heading!]));
  return (body.content ?? []).map(inlineText).join(' ').replace(/\s+/g, ' ').trim() || null;
}

function splitFrontMatter(source: string): { data: Record<string, unknown>; body: string } {
  const open = /^---[ \t]*\n/.exec(source);
  if (!open) return { data: {}, body: source };
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = source.slice(open[0].length);
  const end = close.exec(rest);
  if (!end) {
    throw new ImportError(
      'invalid_schema',
      'The front matter that starts on line 1 has no closing "---" line. Add a line with just --- after the last field, or remove the front matter.',
    );
  }
  const yamlText = rest.slice(0, end.index);
  const body = rest.slice(end.index + end[0].length).replace(/^\n/, '');
  const doc = parseYaml(yamlText, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    // The opening --- is line 1 of the file, so the YAML's first line is line 2.
    const line = yamlText.slice(0, error.pos[0]).split('\n').length + 1;
    const reason = error.message
      .split('\n')[0]!
      .replace(/\s+at line \d+, column \d+:?$/, '')
      .replace(/\.$/, '');
    throw new ImportError(
      'invalid_schema',
      `The front matter is not valid YAML on line ${line}: ${reason}. ${yamlHint(error.code, reason)}`,
    );
  }
  const value: unknown = doc.toJS({ maxAliasCount: 50 });
  if (value === null || value === undefined) return { data: {}, body };
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ImportError(
      'invalid_schema',
      'The front matter must be a list of "key: value" lines (headline: …, byline: …); this file has something else between the --- lines.',
    );
  }
  return { data: value as Record<string, unknown>, body };
}

function yamlHint(code: string, reason: string): string {
  if (code === 'DUPLICATE_KEY') return 'Each key may appear once; remove the repeated one.';
  if (code === 'TAB_AS_INDENT') return 'Indent with spaces, not tabs.';
  if (/mapping|implicit key/i.test(reason)) return 'Put quotes around a value that contains ": ", e.g. headline: "Putin: no deal".';
  if (/quote/i.test(reason)) return 'Close the quotes on that line.';
  return 'Fix that line, or remove the front matter between the --- lines.';
}

function readImage(value: unknown, reader: FieldReader): ImportedImageReference | undefined {
  if (value === undefined || value === null) return undefined;
  const image =
    typeof value === 'string'
      ? { src: value }
      : typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : null;
  const src = typeof image?.src === 'string' ? image.src.trim() : '';
  if (!image || src === '') {
    reader.warn('leadImage', 'The image in the front matter has no src; add "src:" with the picture\'s path or URL.');
    return undefined;
  }
  // Local paths (relative, or with a Windows drive) are resolved by the caller; URLs must be web or inline images.
  const isPath = !/^[a-z][a-z0-9+.-]*:/i.test(src) || /^[a-z]:[\\/]/i.test(src);
  if (!isPath && !isSafeImageUrl(src)) {
    reader.warn('leadImage', `The image "${src.slice(0, 80)}" is not a web address or a file path; it was left out.`);
    return undefined;
  }
  return {
    href: src,
    caption: reader.text('caption', image.caption) ?? '',
    credit: reader.text('credit', image.credit) ?? '',
    alt: reader.text('alt', image.alt) ?? '',
  };
}
