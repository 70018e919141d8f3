import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../core/article/bodySchema';
import { relatedTeaserNode } from '../../core/article/relatedTeaser';
import { htmlToBody } from '../../core/html/htmlToBody';
import { bodyToHtml } from './bodyToHtml';

/** The one HTML writer and the one HTML reader (core/html) agree: what one writes, the other reads back. */
const text = (value: string, ...marks: BodyNode['marks'] & object): BodyNode =>
  marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const p = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = (href: string) => ({ type: 'link', attrs: { href } });

/** Every node and mark type the body uses, with text that needs escaping. */
const EVERYTHING: BodyNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Putin backs Maduro')] },
    p(
      text('Plain, '),
      text('bold', bold),
      text(' and '),
      text('italic', italic),
      text(' and '),
      text('both', bold, italic),
      text(', '),
      text('under', { type: 'underline' }),
      text(', '),
      text('struck', { type: 'strike' }),
      text(', '),
      text('x < y && "q"', { type: 'code' }),
      text(' with a '),
      text('link', link('https://example.com/a?b=1&c=2')),
      text(' and a '),
      text('bold link', link('mailto:desk@example.com'), bold),
      text('.'),
    ),
    p(text('Line one'), { type: 'hardBreak' }, text('line two')),
    { type: 'heading', attrs: { level: 3 }, content: [text('Three')] },
    { type: 'heading', attrs: { level: 4 }, content: [text('Four')] },
    { type: 'blockquote', content: [p(text('A quote.')), p(text('Second paragraph.'))] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [p(text('One'))] },
        {
          type: 'listItem',
          content: [p(text('Two')), { type: 'orderedList', content: [{ type: 'listItem', content: [p(text('Nested'))] }] }],
        },
      ],
    },
    { type: 'orderedList', content: [{ type: 'listItem', content: [p(text('First'))] }] },
    { type: 'horizontalRule' },
    relatedTeaserNode({ title: 'Russia keeps "constant contact"', url: 'https://www.trtworld.com/a', outlet: 'TRT World' }),
    relatedTeaserNode({ title: 'No outlet', url: 'https://example.com/b' }),
    p(text('SOURCE: TRTWorld & agencies')),
  ],
};

describe('bodyToHtml then htmlToBody', () => {
  it('reads back what bodyToHtml writes, node for node', () => {
    expect(htmlToBody(bodyToHtml(EVERYTHING))).toEqual(EVERYTHING);
  });

  it('round-trips a teaser that points at a library article, keeping its id beside the slug link', () => {
    const articleId = '1b4e28ba-2fa1-4d3b-883f-0016d3cca427';
    const body = { type: 'doc', content: [relatedTeaserNode({ title: 'Earlier story', articleId })] };
    const html = bodyToHtml(body, { relatedHref: () => 'earlier-story.html' });
    expect(htmlToBody(html).content).toEqual([relatedTeaserNode({ title: 'Earlier story', url: 'earlier-story.html', articleId })]);
  });
});
