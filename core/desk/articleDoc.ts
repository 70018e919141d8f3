import * as Y from 'yjs';
import type { Article, LeadImage } from '../article/schema';
import { fragmentToBody, updateFragment } from './bodyFragment';
import { setText } from './textField';
import { NEWSROOM_ROOT, readNewsroom, readReview, REVIEW_ROOT, writeNewsroom, writeReview } from './articleExtras';

/**
 * One article as one Y.Doc. Every part is a top-level (root) type, because roots with the same name
 * merge across clients while a nested type created concurrently on two clients would make one of them
 * win and drop the other's content:
 * - `field:<name>` Y.Text for each text field, so field edits merge as text, not last-writer-wins;
 * - `body` Y.XmlFragment in y-prosemirror's layout (the editor's Collaboration extension binds to it);
 *   suggestions and comments are marks in it and travel unchanged;
 * - `meta` Y.Map for values that are chosen, not typed (status, language, tags, related, dates,
 *   the lead image's picture): last writer wins, which is right for a choice.
 */
export const TEXT_FIELDS = ['slug', 'section', 'headline', 'standfirst', 'byline', 'dateline', 'source'] as const;
export const IMAGE_TEXT_FIELDS = ['caption', 'credit', 'alt'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const BODY_ROOT = 'body';
export const META_ROOT = 'meta';
export const fieldRoot = (name: string): string => `field:${name}`;

const META_KEYS = ['status', 'language', 'tags', 'related', 'createdAt', 'publishedAt', 'leadImage'] as const;

export interface ArticleMeta {
  status: Article['status'];
  language: string;
  tags: string[];
  related: Article['related'];
  createdAt: string;
  publishedAt: string | null;
  /** The picture's asset reference, or null when the slot has no picture, or absent for no lead image. */
  leadImage: { asset: string | null } | null;
  /** The desk user who shared the article: the owner a reporter's rights are checked against. */
  owner: string;
}

export function readMeta(doc: Y.Doc): Partial<ArticleMeta> {
  return doc.getMap(META_ROOT).toJSON() as Partial<ArticleMeta>;
}

/** True once the article has been written into the doc (by whoever shared it). */
export function isInitialised(doc: Y.Doc): boolean {
  return doc.getMap(META_ROOT).has('createdAt');
}

/**
 * Brings the doc to the article's values with the smallest edits (inside one transaction, with the given
 * origin so the caller's own update listener can tell local writes from remote ones).
 */
export function writeArticle(doc: Y.Doc, article: Article, origin: unknown = null, owner?: string): void {
  doc.transact(() => {
    updateFragment(doc.getXmlFragment(BODY_ROOT), article.body);
    writeArticleFields(doc, article, origin, owner);
  }, origin);
}

/**
 * Everything but the body (which the editor writes itself, bound to the fragment): the text fields as
 * smallest edits, the chosen values where they differ, review and newsroom data. `only` limits the
 * write to the parts an edit touched (the editor's field edits), so a part it did not touch is never
 * written back from a copy that may be a moment old.
 */
export function writeArticleFields(
  doc: Y.Doc,
  article: Article,
  origin: unknown = null,
  owner?: string,
  only?: ReadonlySet<keyof Article>,
): void {
  const wanted = (key: keyof Article) => !only || only.has(key);
  doc.transact(() => {
    for (const name of TEXT_FIELDS) if (wanted(name)) setText(doc.getText(fieldRoot(name)), article[name]);
    if (wanted('leadImage'))
      for (const name of IMAGE_TEXT_FIELDS) setText(doc.getText(fieldRoot(`leadImage.${name}`)), article.leadImage?.[name] ?? '');
    if (wanted('review')) writeReview(doc, article.review);
    if (wanted('newsroom')) writeNewsroom(doc, article.newsroom);
    const meta = doc.getMap(META_ROOT);
    const values: Record<(typeof META_KEYS)[number], unknown> = {
      status: article.status,
      language: article.language,
      tags: article.tags,
      related: article.related,
      createdAt: article.createdAt,
      publishedAt: article.publishedAt,
      leadImage: article.leadImage ? { asset: article.leadImage.asset } : null,
    };
    for (const key of META_KEYS) {
      if (wanted(key) && JSON.stringify(meta.get(key)) !== JSON.stringify(values[key])) meta.set(key, values[key]);
    }
    if (owner !== undefined && !meta.has('owner')) meta.set('owner', owner);
  }, origin);
}

/**
 * The article the doc holds, on top of `base` (the local copy: its id, schema version and anything the
 * doc does not carry). `updatedAt` is the caller's to set.
 */
export function readArticle(doc: Y.Doc, base: Article): Article {
  return { ...readArticleFields(doc, base), body: fragmentToBody(doc.getXmlFragment(BODY_ROOT)) };
}

/** The fields the doc holds on top of `base`, the body left as `base` has it (the editor shows the doc's own). */
export function readArticleFields(doc: Y.Doc, base: Article): Article {
  const meta = readMeta(doc);
  const text = (name: string): string => doc.getText(fieldRoot(name)).toString();
  const image = meta.leadImage === undefined ? base.leadImage : meta.leadImage;
  return {
    ...base,
    slug: text('slug'),
    section: text('section'),
    headline: text('headline'),
    standfirst: text('standfirst'),
    byline: text('byline'),
    dateline: text('dateline'),
    source: text('source'),
    leadImage: image
      ? {
          asset: image.asset as LeadImage['asset'],
          caption: text('leadImage.caption'),
          credit: text('leadImage.credit'),
          alt: text('leadImage.alt'),
        }
      : null,
    status: meta.status ?? base.status,
    language: meta.language ?? base.language,
    tags: meta.tags ?? base.tags,
    related: meta.related ?? base.related,
    createdAt: meta.createdAt ?? base.createdAt,
    publishedAt: meta.publishedAt === undefined ? base.publishedAt : meta.publishedAt,
    review: readReview(doc, base.review),
    newsroom: readNewsroom(doc, base.newsroom),
  };
}

/** Brings `target` to `source`'s content with the smallest edits (a snapshot restore: a change like any other). */
export function copyArticleState(source: Y.Doc, target: Y.Doc, origin: unknown = null): void {
  target.transact(() => {
    for (const name of [...TEXT_FIELDS, ...IMAGE_TEXT_FIELDS.map((n) => `leadImage.${n}`)]) {
      setText(target.getText(fieldRoot(name)), source.getText(fieldRoot(name)).toString());
    }
    updateFragment(target.getXmlFragment(BODY_ROOT), fragmentToBody(source.getXmlFragment(BODY_ROOT)));
    for (const root of [META_ROOT, REVIEW_ROOT, NEWSROOM_ROOT]) {
      const map = target.getMap(root);
      const from = source.getMap(root);
      for (const [key, value] of from.entries()) {
        if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
      }
      // Review entries added since the snapshot go too (a snapshot restore brings the story back as it was).
      if (root !== META_ROOT) for (const key of [...map.keys()]) if (!from.has(key)) map.delete(key);
    }
  }, origin);
}
