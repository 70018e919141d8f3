import type { BodyNode } from './bodySchema';

/**
 * The inline "Related" teaser in the body: a block node of type `relatedTeaser`. It points at a web
 * address (`url`) or at another article in the library (`articleId`); `outlet` is the optional prefix
 * that news pages print before the title ("TRT World - ").
 */
export const RELATED_TEASER = 'relatedTeaser';

export interface RelatedTeaserAttrs {
  title: string;
  url: string | null;
  articleId: string | null;
  outlet: string | null;
}

export function relatedTeaserNode(attrs: Partial<RelatedTeaserAttrs> & { title: string }): BodyNode {
  return {
    type: RELATED_TEASER,
    attrs: { url: null, articleId: null, outlet: null, ...attrs },
  };
}

export function readRelatedTeaser(node: BodyNode): RelatedTeaserAttrs {
  const a = node.attrs ?? {};
  const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  return { title: String(a.title ?? ''), url: str(a.url), articleId: str(a.articleId), outlet: str(a.outlet) };
}
