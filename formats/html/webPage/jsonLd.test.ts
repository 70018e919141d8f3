import { describe, expect, it } from 'vitest';
import { readJsonLd } from './jsonLd';

const block = (json: unknown, raw?: string) => `<script type="application/ld+json">${raw ?? JSON.stringify(json)}</script>`;

describe('readJsonLd', () => {
  it('reads a NewsArticle: headline, description, authors, time, section, language and the image credit', () => {
    const html = block({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Storm closes schools',
      description: 'Hundreds of schools shut.',
      author: [
        { '@type': 'Person', name: 'Ann Lee' },
        { '@type': 'Person', name: 'Bo Chen' },
      ],
      datePublished: '2025-01-20T07:00:00+01:00',
      articleSection: ['World', 'Europe'],
      inLanguage: 'en-GB',
      image: { '@type': 'ImageObject', url: 'https://cdn.example/storm.jpg', caption: 'Snow on the A1', creditText: 'Jo Roe/Agency' },
    });
    expect(readJsonLd(`<head>${html}</head>`)).toEqual({
      headline: 'Storm closes schools',
      description: 'Hundreds of schools shut.',
      authors: ['Ann Lee', 'Bo Chen'],
      published: '2025-01-20T07:00:00+01:00',
      section: 'World',
      keywords: [],
      language: 'en-GB',
      image: { url: 'https://cdn.example/storm.jpg', caption: 'Snow on the A1', credit: 'Jo Roe/Agency' },
      free: null,
    });
  });

  it('finds the article inside an @graph, as Yoast and most CMSs write it, and takes copyrightHolder as the credit', () => {
    const html = block({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        { '@type': 'WebPage', name: 'Storm closes schools - Example News' },
        {
          '@type': ['ReportageNewsArticle'],
          headline: 'Storm closes schools',
          author: { '@type': 'Organization', name: 'Reuters' },
          image: [{ '@type': 'ImageObject', url: 'a.jpg', copyrightHolder: { '@type': 'Organization', name: 'AFP' } }],
        },
      ],
    });
    const ld = readJsonLd(html);
    expect(ld?.headline).toBe('Storm closes schools');
    expect(ld?.authors).toEqual(['Reuters']);
    expect(ld?.image?.credit).toBe('AFP');
  });

  it('prefers the fullest of several articles, and reads authors given as plain names, skipping profile URLs', () => {
    const html =
      block({ '@type': 'Article', headline: 'Site-wide' }) +
      block([
        {
          '@type': 'NewsArticle',
          headline: 'The story',
          author: ['Ann Lee', 'https://example/staff/ann', { name: 'Ann Lee' }],
          datePublished: '2025-01-01',
        },
      ]);
    const ld = readJsonLd(html);
    expect(ld?.headline).toBe('The story');
    expect(ld?.authors).toEqual(['Ann Lee']);
  });

  it('survives what pages really ship: CDATA wrappers, raw newlines in strings, escaped entities, broken blocks', () => {
    const html =
      block(null, '{ not json') +
      block(null, '//<![CDATA[\n{"@type":"NewsArticle","headline":"Tom &amp; Jerry\nreturn","isAccessibleForFree":"False"}\n//]]>');
    const ld = readJsonLd(html);
    expect(ld?.headline).toBe('Tom & Jerry return');
    expect(ld?.free).toBe(false);
  });

  it('returns null when no block describes an article', () => {
    expect(readJsonLd(block({ '@type': 'Organization', name: 'Example' }))).toBeNull();
    expect(readJsonLd('<p>No metadata</p>')).toBeNull();
  });
});
