/** @jsxRuntime automatic @jsxImportSource react */
// Rendered outside Vite too (the HTML export in main, the CLI), so the JSX runtime is named here.
import { createElement, Fragment, type ReactNode } from 'react';
import { BODY_LIMITS, type BodyMark, type BodyNode } from '../../core/article/bodySchema';
import { readRelatedTeaser, RELATED_TEASER } from '../../core/article/relatedTeaser';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { BLOCK_TAGS, MARK_TAGS } from '../../core/html/bodyTags';

export type RelatedHref = (articleId: string) => string | null;

export interface BodyViewProps {
  body: BodyNode;
  relatedHref?: RelatedHref;
}

/**
 * The article body as React elements, from an allow-list: only known nodes and marks make elements,
 * everything else keeps its text. React escapes every string, so the body never reaches the page as
 * HTML. This is the reader's view and the export's, so it must stay pure (no DOM, no stores).
 */
export function BodyView({ body, relatedHref }: BodyViewProps) {
  return <>{renderChildren(body, 1, relatedHref)}</>;
}

// The schema caps depth at 32; a body that skipped validation still cannot recurse past this.
const MAX_DEPTH = BODY_LIMITS.maxDepth + 2;

function renderChildren(node: BodyNode, depth: number, relatedHref: RelatedHref | undefined): ReactNode[] {
  const content: unknown = node.content;
  if (!Array.isArray(content)) return [];
  const out: ReactNode[] = [];
  content.forEach((child: unknown, index) => {
    if (typeof child === 'object' && child !== null) out.push(renderNode(child as BodyNode, index, depth + 1, relatedHref));
  });
  return out;
}

function renderNode(node: BodyNode, key: number, depth: number, relatedHref: RelatedHref | undefined): ReactNode {
  if (depth > MAX_DEPTH) return flatText(node);
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' && node.text !== '' ? applyMarks(node.text, node.marks, key) : null;
    case 'hardBreak':
      return <br key={key} />;
    case 'horizontalRule':
      return <hr key={key} />;
    case RELATED_TEASER:
      return <InlineRelated key={key} node={node} relatedHref={relatedHref} />;
    case 'heading': {
      const level = Math.min(4, Math.max(2, Math.trunc(Number(node.attrs?.level)) || 2));
      return createElement(`h${level}`, { key }, ...renderChildren(node, depth, relatedHref));
    }
    case 'paragraph':
      // An empty paragraph is a stray Enter in the editor; a news page does not print blank gaps.
      return Array.isArray(node.content) && node.content.length > 0 ? <p key={key}>{renderChildren(node, depth, relatedHref)}</p> : null;
    case 'orderedList': {
      const start = Math.trunc(Number(node.attrs?.start));
      return (
        <ol key={key} start={start > 1 ? start : undefined}>
          {renderChildren(node, depth, relatedHref)}
        </ol>
      );
    }
  }
  const tag = BLOCK_TAGS.get(node.type);
  const children = renderChildren(node, depth, relatedHref);
  return tag ? createElement(tag, { key }, ...children) : <Fragment key={key}>{children}</Fragment>;
}

function applyMarks(text: string, marks: BodyMark[] | undefined, key: number): ReactNode {
  let out: ReactNode = text;
  if (!Array.isArray(marks)) return out;
  // ProseMirror's serializer puts the first mark outermost; wrapping from the last keeps that nesting.
  for (const mark of [...(marks as unknown[])].reverse()) {
    const type = typeof mark === 'object' && mark !== null ? String((mark as BodyMark).type) : '';
    if (type === 'link') {
      // An unsafe or missing href leaves plain text: a dead <a> would still look clickable.
      const href = safeLinkUrl((mark as BodyMark).attrs?.href);
      if (href) {
        out = (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {out}
          </a>
        );
      }
      continue;
    }
    const tag = MARK_TAGS.get(type);
    if (tag) out = createElement(tag, null, out);
  }
  return typeof out === 'string' ? out : <Fragment key={key}>{out}</Fragment>;
}

/** Too deep to nest further: the text survives, the structure does not. Iterative, so depth is no risk. */
export function flatText(node: BodyNode): string {
  const parts: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    const { text, content } = next as { text?: unknown; content?: unknown };
    if (typeof text === 'string') parts.push(text);
    if (Array.isArray(content)) for (let i = content.length - 1; i >= 0; i -= 1) stack.push(content[i]);
  }
  return parts.join('');
}

export interface ResolvedLink {
  href: string;
  /** A web address opens outside the page; a link to another library article stays in it. */
  external: boolean;
}

/** A related story's link: its web address when safe, else the host's link to the library article. */
export function resolveRelatedLink(url: string | null | undefined, articleId: string | null | undefined, relatedHref: RelatedHref | undefined): ResolvedLink | null {
  const web = url ? safeLinkUrl(url) : null;
  if (web) return { href: web, external: true };
  const local = articleId && relatedHref ? safeLinkUrl(relatedHref(articleId)) : null;
  return local ? { href: local, external: false } : null;
}

export function RelatedLinkText({ title, link, className }: { title: string; link: ResolvedLink | null; className: string }) {
  if (!link) return <span className={className}>{title}</span>;
  return link.external ? (
    <a className={className} href={link.href} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    <a className={className} href={link.href}>
      {title}
    </a>
  );
}

function InlineRelated({ node, relatedHref }: { node: BodyNode; relatedHref: RelatedHref | undefined }) {
  const teaser = readRelatedTeaser(node);
  if (teaser.title.trim() === '') return null;
  return (
    <aside className="cdp-inline-related" aria-label="Related story">
      <span className="cdp-inline-related-label">Related</span>
      {teaser.outlet ? <span className="cdp-inline-related-outlet">{teaser.outlet}</span> : null}
      <RelatedLinkText className="cdp-inline-related-title" title={teaser.title} link={resolveRelatedLink(teaser.url, teaser.articleId, relatedHref)} />
    </aside>
  );
}
