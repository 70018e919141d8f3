import { emptyBody, type BodyNode } from '../../core/article/bodySchema';
import { ArticleSchema, FIELD_LIMITS, LanguageTagSchema, newArticle, type Article } from '../../core/article/schema';
import { htmlToBody } from '../../core/html/htmlToBody';
import {
  ImportError,
  type ImportContext,
  type ImportedImageReference,
  type ImportResult,
  type ImportWarning,
  type RecognisedField,
} from '../../core/import/importTypes';
import { bodyPlainText } from '../../core/text/bodyText';
import { readNinjs, type NinjsItem, type NinjsText } from './ninjsInput';
import { relatedLinks, leadImage } from './ninjsAssociations';
import { ROLE, STANDFIRST_ROLES } from './ninjsMapping';

export type NinjsImportResult = ImportResult & { image?: ImportedImageReference };

/**
 * A ninjs text item (1.x, 2.x or 3.x) as a new draft. What the item says is kept; what it does not say
 * is left empty rather than guessed, and anything dropped or doubtful is reported as a warning.
 */
export function importNinjs(json: string, context: ImportContext): NinjsImportResult {
  const item = readNinjs(json);
  const found = new Importer();

  const headline = pickHeadline(item.headlines);
  const standfirst = item.descriptions.find((d) => d.role === undefined || STANDFIRST_ROLES.has(d.role.toLowerCase()));
  const subjects = item.subjects.filter((s) => s.rel?.toLowerCase() !== ROLE.section);
  const section = item.subjects.find((s) => s.rel?.toLowerCase() === ROLE.section);
  const source = item.infoSources.find((s) => s.role === ROLE.source && s.name) ?? item.infoSources.find((s) => s.name);
  const body = pickBody(item, found.warnings);
  const image = leadImage(item.associations, found.warnings);
  const related = relatedLinks(item.associations, found.warnings);
  const times = readTimes(item, context.now, found.warnings);

  const fields: Partial<Article> = {
    headline: found.text('headline', headline && textOf(headline), FIELD_LIMITS.headline),
    standfirst: found.text('standfirst', standfirst && textOf(standfirst), FIELD_LIMITS.standfirst),
    byline: found.text('byline', item.by, FIELD_LIMITS.byline),
    dateline: found.text('dateline', item.located, FIELD_LIMITS.dateline),
    slug: found.text('slug', item.slugline, FIELD_LIMITS.slug),
    section: found.text('section', section && conceptName(section), FIELD_LIMITS.section),
    source: found.text('source', source?.name, FIELD_LIMITS.source),
    tags: found.tags([...subjects, ...item.entities].map(conceptName)),
    language: found.language(item.language),
    body: body ?? emptyBody(),
    related,
    ...times.fields,
  };
  if (body) found.recognise('body');
  if (related.length > 0) found.recognise('related');
  if (times.fields.publishedAt) found.recognise('publishedAt');
  if (image) found.recognise('leadImage', ...(image.caption ? (['caption'] as const) : []), ...(image.credit ? (['credit'] as const) : []));

  const checked = ArticleSchema.safeParse(newArticle(context.id, context.now, fields));
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new ImportError('invalid_schema', `This ninjs item cannot be imported: ${issue.path.join('.') || 'article'}: ${issue.message}`);
  }
  return { article: checked.data, warnings: found.warnings, recognised: found.recognised, ...(image ? { image } : {}) };
}

/** Collects what was recognised and what was trimmed, so each field's mapping stays one line above. */
class Importer {
  readonly warnings: ImportWarning[] = [];
  readonly recognised: RecognisedField[] = [];

  recognise(...fields: RecognisedField[]): void {
    for (const field of fields) if (!this.recognised.includes(field)) this.recognised.push(field);
  }

  text(field: RecognisedField, value: string | undefined, max: number): string {
    const clean = (value ?? '').replace(/\s+/g, ' ').trim();
    if (clean === '') return '';
    this.recognise(field);
    if (clean.length <= max) return clean;
    this.warnings.push({ field, message: `Shortened to ${max} characters; the item had ${clean.length}.` });
    return clean.slice(0, max).trimEnd();
  }

  tags(names: Array<string | undefined>): string[] {
    const tags: string[] = [];
    const seen = new Set<string>();
    for (const name of names) {
      const tag = (name ?? '').replace(/\s+/g, ' ').trim();
      if (tag === '' || seen.has(tag.toLowerCase())) continue;
      if (tag.length > FIELD_LIMITS.tag) {
        this.warnings.push({ field: 'tags', message: `Left out "${tag.slice(0, 30)}…": tags are at most ${FIELD_LIMITS.tag} characters.` });
        continue;
      }
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
    if (tags.length > FIELD_LIMITS.tags) {
      this.warnings.push({ field: 'tags', message: `Kept the first ${FIELD_LIMITS.tags} of ${tags.length} subjects as tags.` });
    }
    if (tags.length > 0) this.recognise('tags');
    return tags.slice(0, FIELD_LIMITS.tags);
  }

  language(tag: string | undefined): string {
    if (tag === undefined || tag.trim() === '') return 'en';
    const parsed = LanguageTagSchema.safeParse(tag.trim());
    if (parsed.success) {
      this.recognise('language');
      return Intl.getCanonicalLocales(parsed.data)[0]!;
    }
    this.warnings.push({ field: 'language', message: `"${tag}" is not a language tag; set the language by hand.` });
    return 'en';
  }
}

const conceptName = (c: { name?: string; literal?: string }): string | undefined => c.name || c.literal;

function pickHeadline(headlines: NinjsText[]): NinjsText | undefined {
  return headlines.find((h) => h.role === ROLE.mainHeadline) ?? headlines.find((h) => h.role === undefined) ?? headlines[0];
}

const isHtml = (t: NinjsText): boolean => (t.contentType !== undefined ? /html|xml/i.test(t.contentType) : /^\s*</.test(t.value));

/** Descriptions and headlines may carry markup; the article's fields are plain text. */
function textOf(t: NinjsText): string {
  return isHtml(t) ? bodyPlainText(htmlToBody(t.value)).replace(/\s+/g, ' ') : t.value;
}

const MAIN_BODY_ROLES = new Set(['main', 'text', 'body', 'html', 'xhtml', 'full']);

/**
 * Providers send the same story as plain text and as HTML (the IPTC example does): the main body wins,
 * and of equals the HTML, which keeps paragraphs and links. A body that is only another rendering of
 * the chosen one is dropped silently; a different one is reported.
 */
function pickBody(item: NinjsItem, warnings: ImportWarning[]): BodyNode | null {
  const bodies = item.bodies.filter((b) => b.value.trim() !== '');
  if (bodies.length === 0) return null;
  const score = (b: NinjsText) => (b.role === undefined || MAIN_BODY_ROLES.has(b.role.toLowerCase()) ? 2 : 0) + (isHtml(b) ? 1 : 0);
  const chosen = bodies.reduce((best, b) => (score(b) > score(best) ? b : best));
  const body = isHtml(chosen) ? htmlToBody(chosen.value) : plainTextToBody(chosen.value);
  const words = (s: string) => s.replace(/\s+/g, ' ').trim();
  const chosenText = words(bodyPlainText(body));
  const others = bodies.filter((b) => b !== chosen && words(textOf(b)) !== chosenText);
  if (others.length > 0) {
    const roles = others.map((b) => b.role ?? 'unnamed').join(', ');
    warnings.push({
      field: 'body',
      message: `The item has ${bodies.length} bodies; imported the ${chosen.role ?? 'main'} one and left out: ${roles}.`,
    });
  }
  return body;
}

/**
 * Wire text is either hard-wrapped with blank lines between paragraphs, or one paragraph a line with
 * no blank lines at all; the blank lines tell the two apart.
 */
export function plainTextToBody(text: string): BodyNode {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n/) : normalised.split('\n');
  const paragraphs = blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .map((block) => ({ type: 'paragraph', content: [{ type: 'text', text: block }] }));
  return paragraphs.length > 0 ? { type: 'doc', content: paragraphs } : emptyBody();
}

/**
 * versionCreated is when this version was released, so for a usable item it is the publication time
 * a reader sees; a withheld or canceled item has not been published at all.
 */
function readTimes(item: NinjsItem, now: Date, warnings: ImportWarning[]): { fields: Partial<Article> } {
  const utc = (field: string, value: string | undefined): string | null => {
    if (value === undefined) return null;
    const time = Date.parse(value);
    if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(time)) return new Date(time).toISOString();
    warnings.push({ field: 'publishedAt', message: `Ignored ${field} "${value}": it is not an ISO 8601 date and time.` });
    return null;
  };
  const first = utc('firstCreated', item.firstCreated);
  const version = utc('versionCreated', item.versionCreated);
  const content = utc('contentCreated', item.contentCreated);
  const createdAt = first ?? content ?? version ?? now.toISOString();
  const status = (item.pubStatus ?? 'usable').toLowerCase();
  if (status === 'withheld' || status === 'canceled') {
    warnings.push({ field: 'publishedAt', message: `The provider marked this item "${status}": check before using it.` });
  }
  const publishedAt = status === 'usable' ? (version ?? first) : null;
  return { fields: { createdAt, updatedAt: version ?? createdAt, publishedAt } };
}
