import type { BodyMark, BodyNode } from '../../core/article/bodySchema';
import { readRelatedTeaser, RELATED_TEASER } from '../../core/article/relatedTeaser';
import { escapeHtml } from '../../core/html/escape';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { BLOCK_TAGS, MARK_TAGS } from '../../core/html/bodyTags';

export interface BodyHtmlOptions {
  /** How a Related teaser that points at another library article is linked (e.g. to its slug). */
  articleHref?: (articleId: string) => string | null;
}

/**
 * Serialises a TipTap body to HTML from an allow-list: every text is escaped, only known nodes and marks
 * produce tags, and links keep only safe schemes. Unknown nodes keep their text and lose their tag.
 */
export function bodyToHtml(body: BodyNode, options: BodyHtmlOptions = {}): string {
  return (body.content ?? []).map((node) => nodeToHtml(node, options)).join('\n');
}

function nodeToHtml(node: BodyNode, options: BodyHtmlOptions): string {
  if (node.type === 'text') return marksToHtml(escapeHtml(node.text ?? ''), node.marks ?? []);
  if (node.type === 'hardBreak') return '<br>';
  if (node.type === RELATED_TEASER) return relatedToHtml(node, options);
  const inner = (node.content ?? []).map((child) => nodeToHtml(child, options)).join('');
  if (node.type === 'heading') {
    const level = Math.min(6, Math.max(2, Number(node.attrs?.level ?? 2)));
    return `<h${level}>${inner}</h${level}>`;
  }
  if (node.type === 'horizontalRule') return '<hr>';
  if (node.type === 'orderedList' && Number(node.attrs?.start ?? 1) !== 1) return `<ol start="${Math.trunc(Number(node.attrs?.start)) || 1}">${inner}</ol>`;
  const tag = BLOCK_TAGS.get(node.type);
  return tag ? `<${tag}>${inner}</${tag}>` : inner;
}

function marksToHtml(html: string, marks: BodyMark[]): string {
  let out = html;
  for (const mark of marks) {
    if (mark.type === 'link') {
      const href = safeLinkUrl(mark.attrs?.href);
      if (href) out = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${out}</a>`;
      continue;
    }
    const tag = MARK_TAGS.get(mark.type);
    if (tag) out = `<${tag}>${out}</${tag}>`;
  }
  return out;
}

function relatedToHtml(node: BodyNode, options: BodyHtmlOptions): string {
  const teaser = readRelatedTeaser(node);
  const href = teaser.url ? safeLinkUrl(teaser.url) : teaser.articleId ? (options.articleHref?.(teaser.articleId) ?? null) : null;
  const outlet = teaser.outlet ? `<span class="related-outlet">${escapeHtml(teaser.outlet)}</span> ` : '';
  const title = escapeHtml(teaser.title);
  const link = href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${title}</a>` : title;
  // The article id travels with the teaser, so an HTML round trip keeps the link to the library article.
  const idAttr = teaser.articleId ? ` data-article-id="${escapeHtml(teaser.articleId)}"` : '';
  return `<aside class="related-teaser"${idAttr}><span class="related-label">Related</span> ${outlet}${link}</aside>`;
}
