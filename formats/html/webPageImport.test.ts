import { describe, expect, it } from 'vitest';
import { relatedTeaserNode } from '../../core/article/relatedTeaser';
import { bodyPlainText } from '../../core/text/bodyText';
import { ImportError } from '../../core/import/importTypes';
import { importHtml } from './htmlImport';

const context = { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', now: new Date('2025-12-11T09:00:00.000Z') };
const story = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the story says what happened in the storm, who was hurt and what the council will do next week.</p>`,
  ).join('\n');

/** A saved page as news sites ship them: JSON-LD, Open Graph, navigation, share bars and a footer around the story. */
function newsPage(opts: { ld?: object | null; head?: string; article?: string; htmlAttrs?: string } = {}): string {
  const ld =
    opts.ld === undefined
      ? {
          '@type': 'NewsArticle',
          headline: 'Storm closes schools across the north',
          author: [{ name: 'Ann Lee' }, { name: 'Bo Chen' }],
          datePublished: '2025-01-20T07:00:00Z',
          description: 'Hundreds of schools shut.',
        }
      : opts.ld;
  return `<!doctype html><html ${opts.htmlAttrs ?? 'lang="en-GB"'}><head><title>Storm closes schools | Example News</title>
    <meta property="og:title" content="Storm shuts schools (OG)"><meta property="og:site_name" content="Example News">
    <meta name="description" content="Meta description.">${ld ? `<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''}${opts.head ?? ''}
    <script>window.ads = { slots: 12 }</script><style>.x{}</style></head>
    <body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
    <main><article><h1>Storm closes schools (page)</h1><p class="byline">By <a rel="author" href="/ann">Ann Lee</a></p>
    ${opts.article ?? story(8)}
    <div class="share"><a href="https://twitter.com/share">Share on Twitter</a></div></article>
    <aside><h2>Most read</h2><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></aside></main>
    <footer><p>© Example News. All rights reserved. Terms. Privacy. Cookies.</p></footer></body></html>`;
}

describe('importHtml on saved web pages', () => {
  it('takes fields from JSON-LD first, then metadata, then markup, and says where each came from', () => {
    const result = importHtml(newsPage(), context);
    expect(result.article).toMatchObject({
      headline: 'Storm closes schools across the north',
      standfirst: 'Hundreds of schools shut.',
      byline: 'Ann Lee and Bo Chen',
      publishedAt: '2025-01-20T07:00:00Z',
      language: 'en-GB',
    });
    expect(result.sources).toMatchObject({
      headline: 'json-ld',
      standfirst: 'json-ld',
      byline: 'json-ld',
      publishedAt: 'json-ld',
      language: 'markup',
      body: 'markup',
    });
    const text = bodyPlainText(result.article.body);
    expect(text).toContain('Paragraph 1 of the story');
    expect(text).toContain('Paragraph 8 of the story');
    expect(text).not.toMatch(/Home|Share on Twitter|Most read|All rights reserved|window\.ads|Ann Lee/);
  });

  it('falls back to Open Graph without JSON-LD (the site name cut off), then to the page markup', () => {
    const withOg = importHtml(newsPage({ ld: null }), context);
    expect(withOg.article.headline).toBe('Storm shuts schools (OG)');
    expect(withOg.sources?.headline).toBe('meta');
    expect(withOg.article.byline).toBe('Ann Lee');
    expect(withOg.sources?.byline).toBe('markup');
    const bare = importHtml(newsPage({ ld: null }).replace(/<meta property="og:title"[^>]*>/, ''), context);
    expect(bare.article.headline).toBe('Storm closes schools (page)');
    expect(bare.sources?.headline).toBe('markup');
  });

  it('keeps the lead image caption and credit from JSON-LD although the picture stays on the web', () => {
    const ld = {
      '@type': 'NewsArticle',
      headline: 'H',
      image: { '@type': 'ImageObject', url: 'https://cdn.example/p.jpg', caption: 'Snow on the A1', creditText: 'Jo Roe/Agency' },
    };
    const result = importHtml(newsPage({ ld }), context);
    expect(result.image).toEqual({ href: 'https://cdn.example/p.jpg', caption: 'Snow on the A1', credit: 'Jo Roe/Agency', alt: '' });
    expect(result.sources).toMatchObject({ leadImage: 'json-ld', caption: 'json-ld', credit: 'json-ld' });
  });

  it('keeps links, quotes, lists and headings; in-body links to other stories become Related teasers', () => {
    const copy = `${story(4)}
      <h2>What the council said</h2>
      <blockquote><p>“We will reopen on Monday,” the leader said.</p></blockquote>
      <ul><li>Roads are closed in three towns</li><li>Trains run a reduced service</li></ul>
      <p>The <a href="https://council.example/notice">council notice</a> lists the schools.</p>
      <p><i><a href="https://news.example/floods-last-year">[Read: Floods closed the same schools last year]</a></i></p>
      <p><b>Read more:</b></p>
      <p><a href="https://news.example/snow-tips">How to drive safely in heavy snow</a></p>
      <p><a href="https://news.example/gritters">Where the gritters will be tonight</a></p>
      ${story(2)}`;
    const { article } = importHtml(newsPage({ article: copy }), context);
    const types = (article.body.content ?? []).map((n) => n.type);
    expect(types).toEqual(expect.arrayContaining(['heading', 'blockquote', 'bulletList']));
    expect(article.body.content).toEqual(
      expect.arrayContaining([
        relatedTeaserNode({ title: 'Floods closed the same schools last year', url: 'https://news.example/floods-last-year' }),
        relatedTeaserNode({ title: 'How to drive safely in heavy snow', url: 'https://news.example/snow-tips' }),
        relatedTeaserNode({ title: 'Where the gritters will be tonight', url: 'https://news.example/gritters' }),
      ]),
    );
    expect(JSON.stringify(article.body)).toContain('https://council.example/notice');
    expect(bodyPlainText(article.body)).not.toMatch(/Read more:/);
  });

  it('takes the picture at the top of the story as the lead image, caption and credit apart', () => {
    const copy = `<figure><img src="https://cdn.example/sudan.jpg" alt=""><figcaption><span>Peacekeepers at a camp in Sudan.</span> <span class="credit">Ashraf Shazly/AFP</span></figcaption></figure>${story(6)}`;
    const result = importHtml(newsPage({ ld: null, article: copy }), context);
    expect(result.image).toMatchObject({
      href: 'https://cdn.example/sudan.jpg',
      caption: 'Peacekeepers at a camp in Sudan.',
      credit: 'Ashraf Shazly/AFP',
    });
    expect(result.warnings.map((w) => w.message).join(' ')).not.toMatch(/picture inside the story/);
  });

  it('reads publish times as CMSs write them, and reports a bad one only when no other source has one', () => {
    const head =
      '<meta name="ptime" content="20170113000004"><meta property="article:published" itemprop="datePublished" content="2017-01-13T00:00:04-05:00">';
    const both = importHtml(newsPage({ ld: null, head }), context);
    expect(both.article.publishedAt).toBe('2017-01-13T05:00:04.000Z');
    expect(both.warnings.filter((w) => w.field === 'publishedAt')).toEqual([]);
    const compact = importHtml(newsPage({ ld: null, head: '<meta name="ptime" content="20170113000004">' }), context);
    expect(compact.article.publishedAt).toBe('2017-01-13T00:00:04Z');
  });

  it('leaves pictures inside the story out of the body, and says so', () => {
    const copy = `${story(3)}<figure><img src="x.jpg"><figcaption>A flooded road</figcaption></figure>${story(3)}`;
    const result = importHtml(newsPage({ article: copy }), context);
    expect(bodyPlainText(result.article.body)).not.toContain('A flooded road');
    expect(result.warnings.map((w) => w.message).join(' ')).toMatch(/One picture inside the story was left out/);
  });

  it('keeps a right-to-left page right-to-left through its language', () => {
    const arabic = Array.from(
      { length: 6 },
      () => '<p>أغلقت العاصفة المدارس في أنحاء الشمال وقال المجلس إنها ستفتح يوم الاثنين بعد إزالة الثلوج من الطرق.</p>',
    ).join('');
    const declared = importHtml(newsPage({ ld: null, htmlAttrs: 'lang="ar" dir="rtl"', article: arabic }), context);
    expect(declared.article.language).toBe('ar');
    const hebrew = Array.from(
      { length: 6 },
      () => '<p>הסערה סגרה בתי ספר ברחבי הצפון והמועצה אמרה שהם ייפתחו ביום שני לאחר פינוי השלג מהכבישים.</p>',
    ).join('');
    const undeclared = importHtml(newsPage({ ld: null, htmlAttrs: 'dir="rtl"', article: hebrew }), context);
    expect(undeclared.article.language).toBe('he');
    expect(undeclared.warnings.some((w) => w.field === 'language')).toBe(true);
  });
});

describe('importHtml on pages that are not one clean article', () => {
  const messages = (html: string) =>
    importHtml(html, context)
      .warnings.map((w) => w.message)
      .join('\n');

  it('a page that is all script is refused with what to do instead', () => {
    const html = '<html><head><script>render()</script></head><body><div id="root"></div><script src="app.js"></script></body></html>';
    expect(() => importHtml(html, context)).toThrow(ImportError);
    expect(() => importHtml(html, context)).toThrow(/all script.*Paste as new article/);
  });

  it('a home page of many headlines is imported with a warning', () => {
    const teasers = Array.from(
      { length: 20 },
      (_, i) =>
        `<section><h1><a href="/s${i}">Headline number ${i} on the front page today</a></h1><p>Teaser text for story ${i}, a line or two long, as front pages print them.</p></section>`,
    ).join('');
    const text = messages(
      `<html><head><meta property="og:type" content="website"><title>Example News</title></head><body>${teasers}</body></html>`,
    );
    expect(text).toMatch(/does not look like a single article/);
    expect(text).toMatch(/The page has 20 main headings/);
  });

  it('a paywall stub is imported with what is missing', () => {
    const ld = { '@type': 'NewsArticle', headline: 'Inside the budget', isAccessibleForFree: false };
    expect(
      messages(
        newsPage({
          ld,
          article:
            '<p>The chancellor will announce three changes to income tax on Wednesday.</p><div class="paywall">Subscribe to read more</div>',
        }),
      ),
    ).toMatch(/for subscribers, and only \d+ words/);
  });

  it('broken HTML still imports its text', () => {
    const { article } = importHtml(
      `<html><body><article><h1>Unclosed <b>tags</h1><p>First paragraph of a story that never closes its tags ${'and goes on '.repeat(40)}<p>Second<div><p>Third`,
      context,
    );
    expect(article.headline).toMatch(/^Unclosed tags/);
    expect(bodyPlainText(article.body)).toMatch(/First paragraph[\s\S]*Second[\s\S]*Third/);
  });

  it('a selection pasted as HTML is read whole: its structure is kept, nothing is judged furniture', () => {
    const html =
      '<meta charset="utf-8"><h2>Reaction</h2><p>One <a href="https://a.example/x">link</a>.</p><blockquote><p>A quote.</p></blockquote><ul><li>Item</li></ul>';
    const { article } = importHtml(html, context, { fragment: true });
    expect((article.body.content ?? []).map((n) => n.type)).toEqual(['heading', 'paragraph', 'blockquote', 'bulletList']);
  });
});
