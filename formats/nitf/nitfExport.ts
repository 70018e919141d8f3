import type { Article, LeadImage } from '../../core/article/schema';
import type { ExportContext, ExportImage, TextExporter } from '../../core/export/exportTypes';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { articleStats } from '../../core/text/stats';
import { embargoLine, noteLine, notesInOrder, withdrawalLine } from '../../core/article/newsroomText';
import { pubStatusOf } from '../ninjs/ninjsMapping';
import { nitfBlocks } from './nitfBody';
import { el, serializeXml, type XmlElement } from './xml';

export const NITF_NAMESPACE = 'http://iptc.org/std/NITF/2006-10-18/';

/** Elements whose content model is elements only; everything else is written on one line. */
const CONTAINERS = new Set([
  'nitf',
  'head',
  'docdata',
  'key-list',
  'body',
  'body.head',
  'hedline',
  'body.content',
  'block',
  'bq',
  'ul',
  'ol',
  'media',
  'body.end',
]);

/** The article as a NITF 3.6 document, valid against the IPTC's XML Schema. */
export const exportNitf: TextExporter = (article, context) => serializeXml(nitfDocument(article, context), CONTAINERS);

export function nitfDocument(article: Article, context: ExportContext): XmlElement {
  return el(
    'nitf',
    // `version` is fixed by the schema; it tells a reader which NITF this is without the namespace.
    { xmlns: NITF_NAMESPACE, version: '-//IPTC//DTD NITF 3.6//EN', baselang: article.language },
    head(article),
    el(
      'body',
      {},
      bodyHead(article),
      el(
        'body.content',
        {},
        article.leadImage ? media(article.leadImage, context.image) : null,
        ...nitfBlocks(article.body, { articleHref: context.articleHref }),
        relatedLinks(article, context),
      ),
      article.source ? el('body.end', {}, el('tagline', {}, `SOURCE: ${article.source}`)) : null,
    ),
  );
}

function managementStatus(article: Article): string {
  if (article.newsroom.withdrawal) return 'canceled';
  if (article.newsroom.embargoUntil) return 'embargoed';
  return pubStatusOf(article.status);
}

function head(article: Article): XmlElement {
  const words = articleStats(article).words;
  return el(
    'head',
    {},
    article.headline ? el('title', {}, article.headline) : null,
    el(
      'docdata',
      // NITF spells the IPTC publication status the same way ninjs does.
      { 'management-status': managementStatus(article) },
      ...notesInOrder(article.newsroom).map((note) =>
        note.kind === 'correction'
          ? el('correction', { info: noteLine(note) })
          : el('ed-msg', { 'msg-type': note.kind, info: noteLine(note) }),
      ),
      el('doc-id', { regsrc: 'Copydesk', 'id-string': article.id }),
      // The date this version was issued; the release date is when it was (or goes) out.
      el('date.issue', { norm: nitfDate(article.updatedAt) }),
      // An embargo is the release time: NITF has no other place for "not before".
      article.newsroom.embargoUntil
        ? el('date.release', { norm: nitfDate(article.newsroom.embargoUntil) })
        : article.publishedAt
          ? el('date.release', { norm: nitfDate(article.publishedAt) })
          : null,
      article.newsroom.embargoUntil ? el('ed-msg', { 'msg-type': 'embargo', info: embargoLine(article.newsroom) }) : null,
      article.newsroom.withdrawal
        ? el('ed-msg', { 'msg-type': article.newsroom.withdrawal.kind, info: withdrawalLine(article.newsroom) })
        : null,
      // The slug is the key that groups versions of a story, which is what a du-key is.
      article.slug ? el('du-key', { key: article.slug }) : null,
      article.tags.length > 0 ? el('key-list', {}, ...article.tags.map((tag) => el('keyword', { key: tag }))) : null,
    ),
    el('pubdata', { 'position.section': article.section || null, 'item-length': String(words), 'unit-of-measure': 'word' }),
  );
}

function bodyHead(article: Article): XmlElement | null {
  const hedline =
    article.headline || article.standfirst
      ? el('hedline', {}, el('hl1', {}, article.headline), article.standfirst ? el('hl2', {}, article.standfirst) : null)
      : null;
  const parts = [
    hedline,
    article.byline ? el('byline', {}, article.byline) : null,
    article.dateline ? el('dateline', {}, article.dateline) : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? el('body.head', {}, ...parts) : null;
}

const MIME_BY_EXTENSION: Record<string, ExportImage['mimeType']> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

/** Without an href from the exporter, the stored asset's name still identifies the file. */
function media(image: LeadImage, exported: ExportImage | undefined): XmlElement {
  const asset = image.asset ?? '';
  const extension = asset.slice(asset.lastIndexOf('.') + 1);
  return el(
    'media',
    { 'media-type': 'image', class: 'lead-image' },
    el('media-reference', {
      source: exported?.href ?? (asset || null),
      'mime-type': exported?.mimeType ?? MIME_BY_EXTENSION[extension] ?? null,
      'alternate-text': image.alt || null,
    }),
    image.caption ? el('media-caption', {}, image.caption) : null,
    image.credit ? el('media-producer', {}, image.credit) : null,
  );
}

/** The article's related stories, after the copy, as a list of links the way a page shows them. */
function relatedLinks(article: Article, context: ExportContext): XmlElement | null {
  if (article.related.length === 0) return null;
  const items = article.related.map((link) => {
    const href = safeLinkUrl(link.url) ?? (link.articleId ? (context.articleHref?.(link.articleId) ?? null) : null);
    const title = href ? el('a', { href }, link.title) : link.title;
    return el('li', {}, link.outlet ? `${link.outlet} - ` : '', title);
  });
  return el('block', { class: 'related' }, el('hl2', {}, 'Related'), el('ul', {}, ...items));
}

/** NITF's normalised form: YYYYMMDDTHHMMSSZ (its "alternative" form, exact for UTC times). */
export function nitfDate(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}
