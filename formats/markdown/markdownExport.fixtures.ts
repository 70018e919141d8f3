import type { BodyMark, BodyNode } from '../../core/article/bodySchema';
import { relatedTeaserNode } from '../../core/article/relatedTeaser';
import { newArticle, type Article } from '../../core/article/schema';

/** Test articles for the Markdown round trip: every node and mark, and text that looks like Markdown. */
const text = (value: string, ...marks: BodyMark[]): BodyNode =>
  marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const p = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });
const item = (...content: BodyNode[]): BodyNode => ({ type: 'listItem', content });
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = (href: string): BodyMark => ({ type: 'link', attrs: { href } });

export const AWKWARD_BODY: BodyNode = {
  type: 'doc',
  content: [
    p(text('Russian President Vladimir Putin reaffirmed his support, the Kremlin said.')),
    { type: 'heading', attrs: { level: 2 }, content: [text('# Not a deeper heading, C# and a closing #')] },
    p(text('* not a list')),
    p(text('_under_ [brackets] and # hash and a*b*c and `tick` and <b>not html</b> and &amp; as typed')),
    p(text('1. not ordered')),
    p(text('[1] a footnote-style start and ![not an image](x)')),
    p(text('#hashtag at the start, #another later')),
    p(text('> not a quote')),
    p(text('- dash + plus = equals')),
    p(text('+ plus')),
    p(text('= equals')),
    p(text('---')),
    p(text('***')),
    p(text('http://example.com plain, www.example.com and desk@example.com')),
    p(text('100% | pipes ~tilde~ ~~double~~ back\\slash !image 2024) year')),
    p(
      text('Mixed '),
      text('bold', bold),
      text(' '),
      text('italic', italic),
      text(' '),
      text('both', bold, italic),
      text(' '),
      text('bold then ', bold),
      text('bold italic', bold, italic),
      text(' '),
      text('under', { type: 'underline' }),
      text(' '),
      text('struck', { type: 'strike' }),
      text(' '),
      text('code with ` tick', { type: 'code' }),
      text(' '),
      text('(aside)', italic),
      text(' '),
      text('adj', italic),
      text('acent', bold),
      text(' and a '),
      text('link', link('https://en.wikipedia.org/wiki/Caracas_(city)')),
      text(' and '),
      text('bold link', link('https://example.com/?a=1&b=2'), bold),
      text(' and '),
      text('*starred* link', link('mailto:desk@example.com')),
      text('.'),
    ),
    p(text('Line one'), { type: 'hardBreak' }, text('# after a break'), { type: 'hardBreak' }, text('1. also')),
    { type: 'heading', attrs: { level: 3 }, content: [text('Level three')] },
    { type: 'heading', attrs: { level: 4 }, content: [text('Level four')] },
    { type: 'blockquote', content: [p(text('A quote ', italic), text('with marks.')), p(text('Second paragraph.'))] },
    {
      type: 'bulletList',
      content: [
        item(p(text('One'))),
        item(p(text('Two')), { type: 'orderedList', content: [item(p(text('Nested'))), item(p(text('Nested again')))] }),
        item(p(text('Three')), p(text('Second paragraph in item'))),
      ],
    },
    { type: 'bulletList', content: [item(p(text('A separate list')))] },
    { type: 'orderedList', attrs: { start: 3 }, content: [item(p(text('Third'))), item(p(text('Fourth')))] },
    { type: 'orderedList', content: [item(p(text('Another list')))] },
    { type: 'horizontalRule' },
    relatedTeaserNode({
      title: "Russia maintains 'constant contact' [live]",
      url: 'https://www.trtworld.com/article/russia',
      outlet: 'TRT World',
    }),
    relatedTeaserNode({ title: 'No outlet', url: 'https://example.com/b' }),
    p(text('SOURCE: TRTWorld and agencies')),
  ],
};

export function awkwardArticle(): Article {
  return newArticle('5f0c7a52-8d1e-4b8e-9a57-6c1f1f6b2f10', new Date('2025-12-11T09:00:00.000Z'), {
    slug: 'putin-backs-maduro',
    section: 'World',
    headline: 'Putin backs Maduro: "deeper ties" #1 — yes: no',
    standfirst: 'The two leaders hold a phone call after the US seized an oil tanker.\nSecond line.',
    byline: 'Jane Doe, Moscow',
    dateline: 'MOSCOW',
    body: AWKWARD_BODY,
    source: 'TRTWorld and agencies',
    tags: ['Russia', 'Venezuela', 'yes', '2025'],
    language: 'en-GB',
    status: 'editing',
    publishedAt: '2025-12-11T09:30:00.000Z',
    leadImage: {
      asset: `${'a'.repeat(64)}.jpg`,
      caption: '"Vladimir Putin expressed solidarity," the Kremlin says.',
      credit: 'Reuters',
      alt: 'Putin at a desk',
    },
  });
}
