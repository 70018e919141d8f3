import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraph, type BodyNode } from '../../core/article/bodySchema';
import { relatedTeaserNode } from '../../core/article/relatedTeaser';
import { ArticleSchema, newArticle, type Article } from '../../core/article/schema';
import { articleStats } from '../../core/text/stats';
import { ArticlePreview, type ArticlePreviewProps } from './ArticlePreview';

const ROOT = resolve(import.meta.dirname, '../..');
const seedText = readFileSync(join(ROOT, 'testing/fixtures/seed/putin-maduro.txt'), 'utf8');

/** Every source file that renders an article: the render module, the preview pane and the relative time. */
function renderSources(): Record<string, string> {
  const files = readdirSync(join(ROOT, 'render'), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.test.ts'))
    .map((name) => join(ROOT, 'render', name));
  files.push(join(ROOT, 'core/text/relativeTime.ts'), join(ROOT, 'renderer/src/features/preview/PreviewPane.tsx'));
  return Object.fromEntries(files.map((file) => [relative(ROOT, file), readFileSync(file, 'utf8')]));
}
const sources = renderSources();

const PUBLISHED = '2025-12-11T11:05:00.000Z';
const MIN = 60_000;
const RELATED_ID = '4f0c2a43-7d5e-4b8a-9a43-2a1c1c6b9e10';

/** The seed page's body paragraphs, with its "Related…" line as a teaser node where the page had it. */
function seedBody(): BodyNode {
  const afterTime = seedText.split(/^33 minutes ago$/m)[1] ?? '';
  const blocks = afterTime
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '' && !b.startsWith('SOURCE:'));
  const content = blocks.map((block) =>
    block.startsWith('Related')
      ? relatedTeaserNode({ outlet: 'TRT World', title: block.replace(/^RelatedTRT World - /, ''), articleId: RELATED_ID })
      : paragraph(block),
  );
  content.splice(4, 0, { type: 'blockquote', content: [paragraph('We stand with Venezuela.')] });
  // The seed page runs to about 250 words; a background section brings it to the ~330 of a typical brief.
  content.push(
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Background' }] },
    paragraph(
      'Caracas and Moscow have signed dozens of agreements over the past two decades, covering oil exploration, ' +
        'arms purchases, wheat supplies and banking. Russian state companies hold stakes in several joint ventures ' +
        'in the Orinoco belt, and Russian lenders have restructured part of Venezuela’s debt.',
    ),
    {
      type: 'bulletList',
      content: ['Oil and gas joint ventures in the Orinoco belt', 'Arms and aircraft contracts', 'Wheat and fertiliser supplies'].map(
        (item) => ({
          type: 'listItem',
          content: [paragraph(item)],
        }),
      ),
    },
  );
  content.push({
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Read the ' },
      { type: 'text', text: 'Kremlin read-out', marks: [{ type: 'link', attrs: { href: 'https://kremlin.ru/events' } }, { type: 'bold' }] },
      { type: 'text', text: ' or ' },
      { type: 'text', text: 'this trap', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
      { type: 'text', text: '.' },
    ],
  });
  return { type: 'doc', content };
}

function seedArticle(fields: Partial<Article> = {}): Article {
  return ArticleSchema.parse(
    newArticle('9b2d7c1e-3f4a-4c5b-8d6e-7f8091a2b3c4', new Date('2025-12-11T10:00:00Z'), {
      slug: 'putin-backs-maduro',
      section: 'WORLD',
      headline: 'Putin backs Maduro against US pressure, pledges deeper economic and energy ties',
      standfirst: 'The two leaders hold a phone call after the US seized an oil tanker off the Venezuelan coast.',
      byline: 'TRT World staff',
      dateline: 'MOSCOW',
      leadImage: {
        asset: `${'a'.repeat(64)}.jpg`,
        caption: '"Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin says.',
        credit: 'Reuters',
        alt: 'Vladimir Putin speaks on the phone',
      },
      body: seedBody(),
      related: [
        {
          title: "Russia maintains 'constant contact' with Venezuela",
          url: 'https://www.trtworld.com/world/russia-venezuela',
          outlet: 'TRT World',
        },
        { title: 'US seizes tanker off Venezuela', articleId: RELATED_ID },
      ],
      source: 'TRTWorld and agencies',
      tags: ['Russia', 'Venezuela'],
      status: 'published',
      updatedAt: '2025-12-11T11:20:00.000Z',
      publishedAt: PUBLISHED,
      ...fields,
    }),
  );
}

const at = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * MIN);

function render(props: Partial<ArticlePreviewProps> = {}): string {
  return renderToStaticMarkup(
    createElement(ArticlePreview, {
      article: seedArticle(),
      now: at(PUBLISHED, 33),
      imageUrl: 'asset://lead.jpg',
      relatedHref: (id: string) => `${id}.html`,
      ...props,
    }),
  );
}

describe('ArticlePreview, the seed story', () => {
  const html = render();

  it('is a body of about 330 words, so a 2 min read', () => {
    expect(articleStats(seedArticle()).words).toBeGreaterThan(300);
    expect(articleStats(seedArticle()).words).toBeLessThan(400);
    expect(html).toContain('2 min read');
  });

  it('prints the nine parts in the order of the seed page', () => {
    const markers = [
      'class="cdp-section">WORLD<',
      '2 min read',
      'class="cdp-headline">Putin backs Maduro',
      'class="cdp-standfirst">The two leaders',
      '<figure',
      '<time',
      'class="cdp-body"',
      'class="cdp-related"',
      '<span class="cdp-source-label">SOURCE:</span> TRTWorld and agencies',
      'class="cdp-tags"',
    ];
    const positions = markers.map((marker) => html.indexOf(marker));
    positions.forEach((position, i) => expect(position, markers[i]).toBeGreaterThan(-1));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('captions the image as the page does, "caption / Credit", inside a figure', () => {
    expect(html).toMatch(
      /<figure class="cdp-figure"><picture class="cdp-picture"><img class="cdp-image" src="asset:\/\/lead.jpg" alt="Vladimir Putin speaks on the phone"/,
    );
    expect(html).toContain(' / Reuters</span></figcaption>');
    expect(html).toContain('&quot;Vladimir Putin expressed solidarity with the Venezuelan people,&quot; the Kremlin says.');
  });

  it('says "33 minutes ago" in a <time> with the ISO date and the absolute time as its title', () => {
    expect(html).toMatch(/<time dateTime="2025-12-11T11:05:00.000Z" title="Thursday, December 11, 2025[^"]*">33 minutes ago<\/time>/);
    expect(html).toContain('By TRT World staff');
    expect(html).toContain('class="cdp-dateline">MOSCOW<');
  });

  it('prints SOURCE exactly, at the end', () => {
    expect(html).toContain('<p class="cdp-source"><span class="cdp-source-label">SOURCE:</span> TRTWorld and agencies</p>');
  });

  it('renders the body: paragraphs, blockquote, inline Related teaser, safe links only', () => {
    expect(html).toContain('<p>Russian President Vladimir Putin reaffirmed');
    expect(html).toContain('<blockquote><p>We stand with Venezuela.</p></blockquote>');
    expect(html).toMatch(
      /<aside class="related-teaser"[^>]*><span class="related-label">Related<\/span> <span class="related-outlet">TRT World<\/span> <a class="related-title" href="4f0c2a43-[^"]+\.html">Russia maintains &#x27;constant contact&#x27;/,
    );
    expect(html).toContain(
      '<a href="https://kremlin.ru/events" target="_blank" rel="noopener noreferrer"><strong>Kremlin read-out</strong></a>',
    );
    expect(html).toContain(' or this trap.');
    expect(html).not.toContain('javascript:');
  });

  it('lists related stories as cards, by web address or by the host link to a library article', () => {
    expect(html).toContain('<h2 class="cdp-related-label">Related</h2>');
    expect(html).toContain(
      '<span class="cdp-related-outlet">TRT World</span><a class="cdp-related-title" href="https://www.trtworld.com/world/russia-venezuela" target="_blank" rel="noopener noreferrer">',
    );
    expect(html).toContain(`<a class="cdp-related-title" href="${RELATED_ID}.html">US seizes tanker off Venezuela</a>`);
    expect(html.match(/class="cdp-related-card"/g)).toHaveLength(2);
  });

  it('uses semantic elements, the article language, its direction and the width class', () => {
    expect(html).toMatch(/^<article class="cdp-root cdp-desktop" lang="en" dir="ltr">/);
    expect(render({ article: seedArticle({ language: 'ar' }) })).toMatch(/^<article class="cdp-root cdp-desktop" lang="ar" dir="rtl">/);
    for (const tag of ['<header', '<figure', '<figcaption', '<time', '<aside', '<footer']) expect(html).toContain(tag);
    expect(render({ width: 'mobile' })).toMatch(/^<article class="cdp-root cdp-mobile"/);
  });
});

describe('ArticlePreview, the parts that vary', () => {
  it('escapes markup in every field', () => {
    const html = render({ article: seedArticle({ headline: '<script>alert(1)</script>', source: '<img src=x onerror=alert(1)>' }) });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<span class="cdp-source-label">SOURCE:</span> &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
  });

  it('labels the time of an unpublished story as its last update, and an embargoed one as to come', () => {
    const draft = render({ article: seedArticle({ status: 'draft', publishedAt: null }), now: at('2025-12-11T11:20:00.000Z', 5) });
    expect(draft).toMatch(/Updated <time dateTime="2025-12-11T11:20:00.000Z"[^>]*>5 minutes ago</);
    const embargoed = render({ now: at(PUBLISHED, -5) });
    expect(embargoed).toMatch(/Publishes <time[^>]*>in 5 minutes</);
  });

  it('shows a placeholder with the alt text when the image is not available, and no figure without an image', () => {
    const html = render({ imageUrl: null });
    expect(html).toContain('<div class="cdp-image-placeholder" role="img" aria-label="Vladimir Putin speaks on the phone">');
    expect(html).toContain(' / Reuters');
    expect(render({ imageUrl: null, article: seedArticle({ leadImage: null }) })).not.toContain('<figure');
  });

  it('prints a date, not a relative time, and no picture box on an exported page', () => {
    const html = render({ imageUrl: null, exported: true });
    expect(html).not.toContain('ago');
    expect(html).toMatch(/<time dateTime="[^"]+">\w+day, \w+ \d+, \d{4}/);
    expect(html).not.toContain('cdp-image-placeholder');
    expect(html).toContain(' / Reuters');
  });

  it('leaves out what is not set: source, tags, related, byline, section', () => {
    const html = render({ article: seedArticle({ source: '', tags: [], related: [], byline: '', section: '' }) });
    for (const absent of ['SOURCE', 'cdp-footer', 'cdp-related-card', 'By ', 'cdp-section']) expect(html).not.toContain(absent);
    expect(html).toContain('2 min read');
  });

  it('prints a library link as plain text when the host gives no href, and drops unsafe related URLs', () => {
    const related = [
      { title: 'Trap', url: 'javascript:alert(1)' },
      { title: 'Library story', articleId: RELATED_ID },
    ];
    const html = render({ article: seedArticle({ related }), relatedHref: undefined });
    expect(html).toContain('<span class="cdp-related-title">Trap</span>');
    expect(html).toContain('<span class="cdp-related-title">Library story</span>');
    expect(html).not.toContain('javascript:');
  });
});

describe('BodyView against hostile bodies', () => {
  const withBody = (body: BodyNode) => render({ article: { ...seedArticle(), body } });

  it('survives nesting far deeper than the schema allows, keeping the text', () => {
    let node: BodyNode = { type: 'text', text: 'deep text' };
    for (let i = 0; i < 20_000; i += 1) node = { type: 'blockquote', content: [node] };
    const html = withBody({ type: 'doc', content: [node] });
    expect(html).toContain('deep text');
  });

  it('does not resolve node or mark types against Object.prototype', () => {
    const html = withBody({
      type: 'doc',
      content: [
        { type: 'constructor', content: [{ type: 'text', text: 'one', marks: [{ type: 'toString' }, { type: '__proto__' }] }] },
        { type: 'hasOwnProperty', content: [paragraph('two')] },
      ],
    });
    expect(html).toContain('one');
    expect(html).toContain('<p>two</p>');
  });

  it('keeps headings between h2 and h4 and ignores unknown nodes but not their text', () => {
    const heading = (level: unknown, text: string): BodyNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
    const html = withBody({
      type: 'doc',
      content: [
        heading(1, 'a'),
        heading(3, 'b'),
        heading(9, 'c'),
        heading('x', 'd'),
        { type: 'iframe', content: [{ type: 'text', text: 'kept' }] },
      ],
    });
    expect(html).toContain('<h2>a</h2><h3>b</h3><h4>c</h4><h2>d</h2>kept');
    expect(html).not.toContain('iframe');
  });

  it('renders lists, breaks, rules and marks from the allow-list', () => {
    const html = withBody({
      type: 'doc',
      content: [
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('item')] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph('third')] }] },
        { type: 'horizontalRule' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a', marks: [{ type: 'italic' }, { type: 'underline' }, { type: 'strike' }, { type: 'code' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'b' },
          ],
        },
      ],
    });
    expect(html).toContain('<ul><li><p>item</p></li></ul><ol start="3"><li><p>third</p></li></ol><hr/>');
    expect(html).toContain('<p><em><u><s><code>a</code></s></u></em><br/>b</p>');
  });
});

describe('the preview sources', () => {
  it('were all read', () => {
    const read = Object.keys(sources);
    for (const file of [
      'render/preview/ArticlePreview.tsx',
      'render/preview/RelativeTime.tsx',
      'renderer/src/features/preview/PreviewPane.tsx',
      'core/text/relativeTime.ts',
    ]) {
      expect(read).toContain(file);
    }
    expect(read.length).toBeGreaterThan(5);
  });

  it('never hand React raw HTML', () => {
    for (const [path, text] of Object.entries(sources)) expect(text, path).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
  });
});
