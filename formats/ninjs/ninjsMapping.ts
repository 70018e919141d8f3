import type { ArticleStatus } from '../../core/article/schema';

/**
 * Names shared by the ninjs exporter and importer (and the NITF exporter's status), so the two
 * directions cannot drift apart.
 */

export type PubStatus = 'usable' | 'withheld' | 'canceled';

/**
 * IPTC's pubStatus says whether a receiver may use the item. Copy that is still being written or
 * edited is withheld; copy that is ready or out is usable; a spiked story was dropped, which is what
 * "canceled" tells a receiver that may already hold an earlier version.
 */
export function pubStatusOf(status: ArticleStatus): PubStatus {
  switch (status) {
    case 'ready':
    case 'published':
      return 'usable';
    case 'spiked':
      return 'canceled';
    default:
      return 'withheld';
  }
}

const ARTICLE_URN = 'urn:copydesk:article:';
const ASSET_URN = 'urn:copydesk:asset:';

/** ninjs wants a uri that identifies the item rather than a link, so the library id goes in a URN. */
export const articleUri = (id: string): string => `${ARTICLE_URN}${id}`;
export const assetUri = (asset: string): string => `${ASSET_URN}${asset}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The library article a uri names, if it names one: ours, or the standard urn:uuid form. */
export function articleIdFromUri(uri: string): string | null {
  const lower = uri.toLowerCase();
  for (const prefix of [ARTICLE_URN, 'urn:uuid:']) {
    if (lower.startsWith(prefix)) {
      const id = uri.slice(prefix.length);
      return UUID.test(id) ? id.toLowerCase() : null;
    }
  }
  return null;
}

/** Absolute URIs only: the schemas declare `format: uri`, which a relative path fails. */
export const isAbsoluteUri = (value: string): boolean => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value);

export const ROLE = {
  mainHeadline: 'main',
  standfirst: 'summary',
  caption: 'caption',
  alt: 'alt',
  mainBody: 'main',
  source: 'source',
  section: 'section',
  libraryId: 'copydesk-id',
  related: 'related',
  leadImage: 'leadImage',
} as const;

/** Description roles that mean "the summary under the headline" across agencies (NTB sends `text`). */
export const STANDFIRST_ROLES = new Set(['summary', 'standfirst', 'abstract', 'lead', 'teaser', 'text', 'description', 'intro']);

export const NINJS_SCHEMA_URIS = {
  '3.1': 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
  '2.2': 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#',
} as const;
export type NinjsVersion = keyof typeof NINJS_SCHEMA_URIS;
