import type { BodyNode } from '../article/bodySchema';
import { relatedTeaserNode } from '../article/relatedTeaser';

const linkOf = (node: BodyNode): string | null => {
  const href = node.marks?.find((m) => m.type === 'link')?.attrs?.href;
  return typeof href === 'string' ? href : null;
};

/**
 * A paragraph that reads "Related: <a>title</a>" (optionally "Related: Outlet - <a>title</a>") is how
 * web pages, wire copy and our own Markdown export write an inline teaser; it becomes a teaser node.
 * Anything after the link other than whitespace means it is ordinary prose, and it stays a paragraph.
 */
export function teaserFromParagraph(content: readonly BodyNode[]): BodyNode | null {
  const first = content[0];
  if (first?.type !== 'text' || linkOf(first) !== null) return null;
  const label = /^\s*related\s*:\s*/i.exec(first.text ?? '');
  if (!label) return null;

  let prefix = (first.text ?? '').slice(label[0].length);
  let i = 1;
  for (; i < content.length && content[i]!.type === 'text' && linkOf(content[i]!) === null; i++) prefix += content[i]!.text ?? '';
  const href = content[i] ? linkOf(content[i]!) : null;
  if (href === null) return null;
  let title = '';
  for (; i < content.length && content[i]!.type === 'text' && linkOf(content[i]!) === href; i++) title += content[i]!.text ?? '';
  for (; i < content.length; i++) {
    const rest = content[i]!;
    if (rest.type !== 'text' || linkOf(rest) !== null || /\S/.test(rest.text ?? '')) return null;
  }

  title = title.replace(/\s+/g, ' ').trim();
  if (title === '') return null;
  const outlet = prefix.replace(/[\s\-–—:|·•]+$/u, '').trim();
  return relatedTeaserNode({ title, url: href, ...(outlet ? { outlet } : {}) });
}
