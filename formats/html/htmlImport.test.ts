import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../core/article/bodySchema';
import { relatedTeaserNode } from '../../core/article/relatedTeaser';
import { escapeHtml } from '../../core/html/escape';
import { bodyToHtml } from '../../render/html/bodyToHtml';
import { AWKWARD_BODY } from '../markdown/markdownExport.fixtures';
import { importHtml } from './htmlImport';
import { ImportError } from '../../core/import/importTypes';

const context = { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', now: new Date('2025-12-11T09:00:00.000Z') };
const p = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** The shape of a standalone HTML export: metadata in the head, fields in a header, the body from bodyToHtml. */
function exportedPage(body: BodyNode): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Putin backs Maduro &amp; pledges ties | Copydesk</title>
  <meta name="description" content="The two leaders hold a phone call.">
  <meta name="author" content="Jane Doe">
  <meta name="generator" content="Copydesk">
  <meta property="og:title" content="Putin backs Maduro &amp; pledges ties">
  <meta property="article:section" content="World">
  <meta property="article:published_time" content="2025-12-11T09:30:00.000Z">
  <meta property="article:tag" content="Russia"><meta property="article:tag" content="Venezuela">
  <style>body { font-family: serif }</style>
</head>
<body>
  <article class="article">
    <header>
      <p class="section-label">World</p>
      <h1>Putin backs Maduro &amp; pledges ties</h1>
      <p class="standfirst">The two leaders hold a phone call.</p>
      <p class="byline">Jane Doe</p>
      <p class="dateline">MOSCOW</p>
      <time datetime="2025-12-11T09:30:00.000Z">11 December 2025</time>
    </header>
    <figure class="lead-image">
      <img src="assets/${'b'.repeat(64)}.jpg" alt="Putin at a desk">
      <figcaption>${escapeHtml('"Vladimir Putin expressed solidarity," the Kremlin says.')} <span class="credit">Reuters</span></figcaption>
    </figure>
    <div class="article-body">
${bodyToHtml(body)}
    </div>
    <footer><p class="source">SOURCE: TRTWorld and agencies</p></footer>
  </article>
</body>
</html>`;
}

/** bodyToHtml writes no start number on ordered lists, so the HTML round trip uses lists that start at 1. */
const BODY: BodyNode = {
  ...AWKWARD_BODY,
  content: AWKWARD_BODY.content!.map((node) => (node.type === 'orderedList' ? { type: node.type, content: node.content! } : node)),
};

describe('importHtml', () => {
  it('reads back an HTML export: fields, lead image and the body node for node', () => {
    const result = importHtml(exportedPage(BODY), context);
    expect(result.article).toMatchObject({
      id: context.id,
      slug: 'putin-backs-maduro-pledges-ties',
      section: 'World',
      headline: 'Putin backs Maduro & pledges ties',
      standfirst: 'The two leaders hold a phone call.',
      byline: 'Jane Doe',
      dateline: 'MOSCOW',
      source: 'TRTWorld and agencies',
      publishedAt: '2025-12-11T09:30:00.000Z',
      tags: ['Russia', 'Venezuela'],
      language: 'en-GB',
    });
    expect(result.article.body).toEqual(BODY);
    expect(result.image).toEqual({
      href: `assets/${'b'.repeat(64)}.jpg`,
      caption: '"Vladimir Putin expressed solidarity," the Kremlin says.',
      credit: 'Reuters',
      alt: 'Putin at a desk',
    });
    expect(result.warnings).toEqual([]);
    expect(result.recognised).toEqual(
      expect.arrayContaining([
        'headline',
        'standfirst',
        'section',
        'byline',
        'dateline',
        'source',
        'publishedAt',
        'tags',
        'language',
        'body',
        'leadImage',
        'caption',
        'credit',
      ]),
    );
  });

  it('reads a saved news page: body from <article>, chrome left behind', () => {
    const html = `<html><head><title>Storm closes schools - Example News</title>
      <meta property="og:description" content="Hundreds of schools shut.">
      <script>window.dataLayer = []</script></head>
      <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
      <main><article>
        <h1 class="headline" onclick="x()">Storm closes schools</h1>
        <div class="meta">By <a rel="author" href="/staff/amy">Amy Li</a> · <time datetime="2025-01-20T07:00:00+01:00">20 Jan</time></div>
        <p>Schools across the region <strong>closed</strong> on Monday.</p>
        <div class="share"><button>Share</button></div>
        <p>Related: <a href="https://news.example/flood?utm_source=rel">Floods last year</a></p>
      </article></main>
      <footer>© Example News</footer></body></html>`;
    const { article, warnings } = importHtml(html, context);
    expect(article.headline).toBe('Storm closes schools');
    expect(article.standfirst).toBe('Hundreds of schools shut.');
    expect(article.byline).toBe('Amy Li');
    expect(article.publishedAt).toBe('2025-01-20T06:00:00.000Z');
    expect(article.body.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Schools across the region ' },
          { type: 'text', text: 'closed', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' on Monday.' },
        ],
      },
      relatedTeaserNode({ title: 'Floods last year', url: 'https://news.example/flood' }),
    ]);
    expect(JSON.stringify(article.body)).not.toMatch(/Home|Share|Example News|dataLayer/);
    expect(warnings).toEqual([]);
  });

  it('falls back to og:title, then <title>, for the headline', () => {
    expect(
      importHtml('<head><meta property="og:title" content="From OG"><title>From title</title></head><body><p>x</p></body>', context).article
        .headline,
    ).toBe('From OG');
    expect(importHtml('<title>Only a title</title><p>x</p>', context).article.headline).toBe('Only a title');
  });

  it('warns when there is no headline, and keeps a fragment as the body', () => {
    const { article, warnings } = importHtml('<p>Just <em>a</em> paragraph.</p>', context);
    expect(article.headline).toBe('');
    expect(article.body.content).toHaveLength(1);
    expect(warnings.map((w) => w.field)).toEqual(['headline']);
  });

  it('sanitises the body like any other HTML', () => {
    const { article } = importHtml(
      '<h1>T</h1><article><p onmouseover="x()">ok<script>bad()</script><a href="javascript:bad()">link</a></p></article>',
      context,
    );
    expect(article.body.content).toEqual([p('oklink')]);
  });

  describe('refuses what it cannot read', () => {
    const code = (html: string): string => {
      try {
        importHtml(html, context);
        return 'accepted';
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        return (error as ImportError).code;
      }
    };

    it('empty input, or a page with no article in it', () => {
      expect(code('')).toBe('empty');
      expect(code('   ')).toBe('empty');
      expect(code('<html><head><script>x()</script></head><body><nav></nav></body></html>')).toBe('empty');
    });

    it('binary data and oversized files', () => {
      expect(code('<p>\u0000\u0001</p>')).toBe('binary');
      expect(code(`<p>${'x'.repeat(20 * 1024 * 1024)}</p>`)).toBe('too_large');
    });
  });
});
