import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../core/article/bodySchema';
import { relatedTeaserNode } from '../../core/article/relatedTeaser';
import { bodyToHtml } from '../html/bodyToHtml';
import { BodyView } from '../preview/BodyView';

const text = (value: string, ...marks: Array<{ type: string; attrs?: Record<string, string> }>): BodyNode => ({
  type: 'text',
  text: value,
  marks,
});
const body = (...content: BodyNode[]): BodyNode => ({ type: 'doc', content });

/** React spells a few things its own way (apostrophes, quotes); the element tree is what must agree. */
const normalise = (html: string) => html.replace(/&#x27;/g, '&#39;').replace(/\n/g, '');

describe('one HTML writer: the preview and bodyToHtml agree', () => {
  const cases: Record<string, BodyNode> = {
    'headings clamp to the editor levels (2 to 4) in both': body(
      { type: 'heading', attrs: { level: 1 }, content: [text('One')] },
      { type: 'heading', attrs: { level: 6 }, content: [text('Six')] },
    ),
    'marks nest first-outermost in both': body({
      type: 'paragraph',
      content: [text('x', { type: 'bold' }, { type: 'link', attrs: { href: 'https://a.test/' } }, { type: 'italic' })],
    }),
    'empty paragraphs print no gap in both': body({ type: 'paragraph' }, { type: 'paragraph', content: [text('kept')] }),
    'a teaser with its library link in both': body(relatedTeaserNode({ title: "It's related", outlet: 'TRT World', articleId: 'abc' })),
    'unknown nodes and marks keep their words in both': body({
      type: 'video',
      content: [{ type: 'paragraph', content: [text('words', { type: 'sparkle' })] }],
    }),
    'ordered lists keep their start in both': body({
      type: 'orderedList',
      attrs: { start: 3 },
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('third')] }] }],
    }),
  };

  it.each(Object.entries(cases))('%s', (_name, doc) => {
    const relatedHref = (id: string) => `${id}.html`;
    const fromPreview = renderToStaticMarkup(createElement(BodyView, { body: doc, relatedHref }));
    expect(normalise(fromPreview)).toBe(normalise(bodyToHtml(doc, { relatedHref })));
  });

  it('spells out the agreed choices', () => {
    expect(bodyToHtml(cases['headings clamp to the editor levels (2 to 4) in both']!)).toBe('<h2>One</h2>\n<h4>Six</h4>');
    expect(bodyToHtml(cases['marks nest first-outermost in both']!)).toBe(
      '<p><strong><a href="https://a.test/" target="_blank" rel="noopener noreferrer"><em>x</em></a></strong></p>',
    );
    expect(bodyToHtml(cases['empty paragraphs print no gap in both']!)).toBe('<p>kept</p>');
  });
});
