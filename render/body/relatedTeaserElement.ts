import type { BodyNode } from '../../core/article/bodySchema';
import { readRelatedTeaser } from '../../core/article/relatedTeaser';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { element, type HtmlChild, type HtmlElement } from '../html/htmlTree';

export type RelatedHref = (articleId: string) => string | null;

export interface ResolvedLink {
  href: string;
  /** A web address opens outside the page; a link to another library article stays in it. */
  external: boolean;
}

/** A related story's link: its web address when safe, else the host's link to the library article. */
export function resolveRelatedLink(
  url: string | null | undefined,
  articleId: string | null | undefined,
  relatedHref: RelatedHref | undefined,
): ResolvedLink | null {
  const web = url ? safeLinkUrl(url) : null;
  if (web) return { href: web, external: true };
  const local = articleId && relatedHref ? safeLinkUrl(relatedHref(articleId)) : null;
  return local ? { href: local, external: false } : null;
}

/** A related story's title, linked when it has somewhere to go. */
export function relatedTitleElement(title: string, link: ResolvedLink | null, className: string): HtmlElement {
  if (!link) return element('span', { class: className }, [title]);
  const attrs = link.external
    ? { class: className, href: link.href, target: '_blank', rel: 'noopener noreferrer' }
    : { class: className, href: link.href };
  return element('a', attrs, [title]);
}

/**
 * The inline "Related" teaser, as the seed page prints it. The article id travels with it
 * (`data-article-id`), so an HTML round trip keeps the link to the library article; core/html reads
 * `aside.related-teaser` back into a teaser node.
 */
export function relatedTeaserElement(node: BodyNode, relatedHref: RelatedHref | undefined): HtmlChild[] {
  const teaser = readRelatedTeaser(node);
  if (teaser.title.trim() === '') return [];
  const outlet = teaser.outlet ? [element('span', { class: 'related-outlet' }, [teaser.outlet]), ' '] : [];
  const title = relatedTitleElement(teaser.title, resolveRelatedLink(teaser.url, teaser.articleId, relatedHref), 'related-title');
  const attrs = { class: 'related-teaser', 'data-article-id': teaser.articleId ?? undefined, 'aria-label': 'Related story' };
  return [element('aside', attrs, [element('span', { class: 'related-label' }, ['Related']), ' ', ...outlet, title])];
}
