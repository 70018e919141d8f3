import type { BodyMark, BodyNode } from '../../core/article/bodySchema';
import { readRelatedTeaser, RELATED_TEASER } from '../../core/article/relatedTeaser';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { inlineText } from '../../core/text/bodyText';
import { el, type XmlChild, type XmlElement } from './xml';

export interface NitfBodyOptions {
  articleHref?: (articleId: string) => string | null;
}

/**
 * NITF has one emphasis element, `em`, "rendered as bold, italics, or another style"; the class says
 * which, as NITF producers commonly do. Code has no inline element of its own either.
 */
const EMPHASIS: Record<string, string> = { bold: 'bold', italic: 'italic', underline: 'underline', strike: 'strike', code: 'code' };

/** The TipTap body as the children of NITF's body.content. */
export function nitfBlocks(body: BodyNode, options: NitfBodyOptions): XmlElement[] {
  return (body.content ?? []).flatMap((node) => block(node, options, true));
}

/**
 * `top` is true directly under body.content, the only place NITF allows `block`; a Related teaser
 * elsewhere (in a list or quote) falls back to a paragraph.
 */
function block(node: BodyNode, options: NitfBodyOptions, top: boolean): XmlElement[] {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      // Empty paragraphs are the editor's spacing, not copy.
      return inlineText(node).trim() === '' ? [] : [el('p', {}, ...inline(children, options))];
    case 'heading':
      return inlineText(node).trim() === '' ? [] : [el('hl2', {}, ...inline(children, options))];
    case 'blockquote': {
      const inner = children.flatMap((child) => block(child, options, false));
      return inner.length === 0 ? [] : [el('bq', {}, el('block', {}, ...inner))];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = children.filter((child) => child.type === 'listItem').map((child) => listItem(child, options));
      return items.length === 0 ? [] : [el(node.type === 'bulletList' ? 'ul' : 'ol', {}, ...items)];
    }
    case 'horizontalRule':
      return [el('hr')];
    case 'codeBlock':
      return [el('pre', {}, inlineText(node))];
    case RELATED_TEASER:
      return [relatedTeaser(node, options, top)];
    default:
      // Unknown blocks keep their text, as the HTML serialiser does.
      if (children.some((child) => child.type === 'text')) return [el('p', {}, ...inline(children, options))];
      return children.flatMap((child) => block(child, options, top));
  }
}

/** A one-paragraph item is written inline (<li>text</li>), the way lists are usually sent. */
function listItem(node: BodyNode, options: NitfBodyOptions): XmlElement {
  const children = node.content ?? [];
  if (children.length === 1 && children[0]!.type === 'paragraph') return el('li', {}, ...inline(children[0]!.content ?? [], options));
  return el('li', {}, ...children.flatMap((child) => block(child, options, false)));
}

function relatedTeaser(node: BodyNode, options: NitfBodyOptions, top: boolean): XmlElement {
  const teaser = readRelatedTeaser(node);
  const href = teaser.url ? safeLinkUrl(teaser.url) : teaser.articleId ? (options.articleHref?.(teaser.articleId) ?? null) : null;
  const title = href ? el('a', { href }, teaser.title) : teaser.title;
  if (!top) return el('p', { class: 'related-teaser' }, 'Related: ', teaser.outlet ? `${teaser.outlet} - ` : '', title);
  // A teaser is a small sidebar, which is what NITF's block is for; datasource names the outlet.
  return el(
    'block',
    { class: 'related-teaser' },
    el('p', {}, 'Related: ', title),
    teaser.outlet ? el('datasource', {}, teaser.outlet) : null,
  );
}

function inline(nodes: BodyNode[], options: NitfBodyOptions): XmlChild[] {
  return nodes.flatMap((node): XmlChild[] => {
    if (node.type === 'text') return node.text ? [withMarks(node.text, node.marks ?? [])] : [];
    if (node.type === 'hardBreak') return [el('br')];
    // Inline nodes we do not know keep their text.
    return inline(node.content ?? [], options);
  });
}

function withMarks(text: string, marks: BodyMark[]): XmlChild {
  let out: XmlChild = text;
  for (const mark of marks) {
    const style = EMPHASIS[mark.type];
    if (style) out = el('em', { class: style }, out);
  }
  // The link goes outermost, so a partly emphasised link stays one link to a reader.
  const link = marks.find((mark) => mark.type === 'link');
  const href = link ? safeLinkUrl(link.attrs?.href) : null;
  return href ? el('a', { href }, out) : out;
}
