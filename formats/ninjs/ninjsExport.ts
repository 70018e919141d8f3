import type { Article, LeadImage, RelatedLink } from '../../core/article/schema';
import type { ExportContext, TextExporter } from '../../core/export/exportTypes';
import { bodyToHtml } from '../../render/html/bodyToHtml';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { bodyBlocks } from '../../core/text/bodyText';
import { articleStats } from '../../core/text/stats';
import { noteLine, notesInOrder, withdrawalLine } from '../../core/article/newsroomText';
import { articleUri, assetUri, isAbsoluteUri, NINJS_SCHEMA_URIS, pubStatusOf, ROLE, type NinjsVersion } from './ninjsMapping';

export type Json = string | number | boolean | null | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export interface NinjsExportOptions {
  /** 3.1 is current; 2.2 (lower-case property names) is what most agency systems still read. */
  version?: NinjsVersion;
}

/**
 * The article as an IPTC ninjs text item. The item is built in the 3.x shape and, for 2.2, renamed to
 * that version's property names: the two versions carry the same information.
 */
export function exportNinjs(article: Article, context: ExportContext, options: NinjsExportOptions = {}): JsonObject {
  const version = options.version ?? '3.1';
  const item = ninjs3(article, context, version);
  return version === '2.2' ? (toNinjs22(item) as JsonObject) : item;
}

export const exportNinjsJson: TextExporter = (article, context) => ninjsJson(article, context);

export function ninjsJson(article: Article, context: ExportContext, options: NinjsExportOptions = {}): string {
  return `${JSON.stringify(exportNinjs(article, context, options), null, 2)}\n`;
}

function ninjs3(article: Article, context: ExportContext, version: NinjsVersion): JsonObject {
  const subjects: JsonObject[] = [
    ...(article.section ? [{ name: article.section, rel: ROLE.section }] : []),
    ...article.tags.map((tag) => ({ name: tag })),
  ];
  const associations: JsonObject[] = [
    ...(article.leadImage ? [leadImageAssociation(article.leadImage, context)] : []),
    ...article.related.map((link, index) => relatedAssociation(article, link, index, context)),
  ];
  return compact({
    uri: articleUri(article.id),
    standard: { name: 'ninjs', version, schema: NINJS_SCHEMA_URIS[version] },
    type: 'text',
    representationType: 'full',
    firstCreated: article.createdAt,
    versionCreated: article.updatedAt,
    // Copy written in the editor is created when the article is: there is no older original.
    contentCreated: article.createdAt,
    pubStatus: article.newsroom.withdrawal ? 'canceled' : pubStatusOf(article.status),
    // 3.x calls it embargoedUntil; the 2.2 rename below writes 2.2's "embargoed".
    embargoedUntil: article.newsroom.embargoUntil ?? undefined,
    language: article.language,
    slugline: article.slug,
    headlines: article.headline ? [{ role: ROLE.mainHeadline, value: article.headline }] : [],
    descriptions: [
      ...(article.standfirst ? [{ role: ROLE.standfirst, contentType: 'text/plain', value: article.standfirst }] : []),
      // Corrections, clarifications and updates, and a kill, travel as described notes with their standard wording.
      ...notesInOrder(article.newsroom).map((note) => ({ role: `note:${note.kind}`, contentType: 'text/plain', value: noteLine(note) })),
      ...(article.newsroom.withdrawal
        ? [{ role: `note:${article.newsroom.withdrawal.kind}`, contentType: 'text/plain', value: withdrawalLine(article.newsroom)! }]
        : []),
    ],
    by: article.byline,
    located: article.dateline,
    subjects,
    infoSources: article.source ? [{ name: article.source, role: ROLE.source }] : [],
    bodies: hasBodyText(article) ? [mainBody(article, context)] : [],
    associations,
  });
}

function hasBodyText(article: Article): boolean {
  return bodyBlocks(article.body, { includeRelated: true }).some((block) => block.trim() !== '');
}

function mainBody(article: Article, context: ExportContext): JsonObject {
  const stats = articleStats(article);
  return {
    role: ROLE.mainBody,
    contentType: 'text/html',
    charCount: stats.characters,
    wordCount: stats.words,
    value: bodyToHtml(article.body, { relatedHref: context.articleHref }),
  };
}

/**
 * The credit goes in `by`, the schema's statement about who made the content, rather than in
 * `copyrightHolder`: a credit line ("Reuters", "Photo: A. Name/AFP") names the source to print, which
 * is not necessarily a legal claim to the rights.
 */
function leadImageAssociation(image: LeadImage, context: ExportContext): JsonObject {
  const href = context.image?.href;
  return compact({
    name: ROLE.leadImage,
    // A caption-only slot (picture not yet attached) still needs an identifier.
    uri: assetUri(image.asset ?? 'not-attached'),
    type: 'picture',
    by: image.credit,
    descriptions: [
      ...(image.caption ? [{ role: ROLE.caption, contentType: 'text/plain', value: image.caption }] : []),
      ...(image.alt ? [{ role: ROLE.alt, contentType: 'text/plain', value: image.alt }] : []),
    ],
    // A relative href would fail the schema's `format: uri`; the asset uri still names the image.
    renditions: href && isAbsoluteUri(href) ? [{ name: 'original', href, contentType: context.image!.mimeType }] : [],
  });
}

function relatedAssociation(article: Article, link: RelatedLink, index: number, context: ExportContext): JsonObject {
  const web = safeLinkUrl(link.url) ?? (link.articleId ? (context.articleHref?.(link.articleId) ?? null) : null);
  const url = web && isAbsoluteUri(web) ? web : null;
  const uri = link.articleId ? articleUri(link.articleId) : (url ?? `${articleUri(article.id)}:${ROLE.related}:${index + 1}`);
  return compact({
    name: `${ROLE.related}-${index + 1}`,
    rel: ROLE.related,
    uri,
    type: 'text',
    headlines: [{ role: ROLE.mainHeadline, value: link.title }],
    infoSources: link.outlet ? [{ name: link.outlet, role: 'publisher' }] : [],
    renditions: url ? [{ name: 'web', href: url, contentType: 'text/html' }] : [],
  });
}

/** Empty strings and lists say nothing in ninjs; leaving them out keeps the item what a receiver expects. */
function compact(fields: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

/** 2.x spells every property in lower case; these few were renamed, not only re-cased, in 3.0. */
const RENAMED_IN_3: Record<string, string> = { embargoedUntil: 'embargoed' };

/** Properties 3.x added that 2.2 forbids (its objects allow no extra properties). */
const ONLY_IN_3 = new Set(['rel']);

export function toNinjs22(value: Json, inAssociation = false): Json {
  if (Array.isArray(value)) return value.map((entry) => toNinjs22(entry, inAssociation));
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, entry] of Object.entries(value)) {
    if (inAssociation && ONLY_IN_3.has(key)) continue;
    const name = RENAMED_IN_3[key] ?? key.toLowerCase();
    out[name] = key === 'associations' ? (entry as Json[]).map((a) => toNinjs22(a, true)) : toNinjs22(entry);
  }
  return out;
}
