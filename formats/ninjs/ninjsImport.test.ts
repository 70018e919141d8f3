import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError, type ImportContext } from '../../core/import/importTypes';
import { bodyBlocks, bodyPlainText } from '../../core/text/bodyText';
import { ninjsJson } from './ninjsExport';
import { importNinjs, plainTextToBody } from './ninjsImport';
import { exportContext, fullArticle, minimalArticle, RELATED_ID } from '../../testing/testArticles';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../testing/fixtures/ninjs');
const fixture = (name: string) => readFileSync(resolve(fixtures, name), 'utf8');
const context: ImportContext = { id: '11111111-2222-4333-8444-555555555555', now: new Date('2026-01-01T12:00:00.000Z') };

function importError(json: string): ImportError {
  try {
    importNinjs(json, context);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('importNinjs with the IPTC fixtures', () => {
  it('reads the IPTC simple text example (3.x), preferring its HTML body', () => {
    const { article, warnings, recognised } = importNinjs(fixture('ninjsExSimpleText_3.json'), context);
    expect(article.id).toBe(context.id);
    expect(article.headline).toBe('Captain of wrecked cruise ship on trial in Italy');
    expect(article.byline).toBe("Paulo Santalucia and Frances d'Emilio");
    expect(article.status).toBe('draft');
    expect(article.publishedAt).toBe('2013-07-09T10:37:00.000Z');
    expect(article.createdAt).toBe('2013-07-09T10:37:00.000Z');
    expect(article.updatedAt).toBe('2013-07-09T10:37:00.000Z');
    const paragraphs = bodyBlocks(article.body);
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^GROSSETO, Italy \(AP\) -- The trial of the captain/);
    expect(paragraphs[3]).toMatch(/Schettino has denied wrongdoing\.$/);
    // The plain-text body is the same story, so leaving it out is not worth a warning.
    expect(warnings).toEqual([]);
    expect(recognised).toEqual(expect.arrayContaining(['headline', 'byline', 'body', 'publishedAt']));
    expect(recognised).not.toContain('standfirst');
  });

  it('reads the NTB item: standfirst, language, slug, subjects and places as tags, times', () => {
    const { article, warnings, recognised, image } = importNinjs(fixture('ntb_text.json'), context);
    expect(article).toMatchObject({
      headline: 'Google har kjøpt giganttomt i Skien',
      standfirst:
        'IT-giganten Google har kjøpt en tomt på nærmere 2.000 mål i Skien i tilfelle det blir behov for flere datasentre i Europa.',
      byline: 'NTB',
      slug: 'skien-google',
      language: 'nb-NO',
      tags: ['Innenriks', 'Teknologi', 'Industri', 'Olje og energi', 'Telemark'],
      createdAt: '2019-08-09T09:30:04.000Z',
      updatedAt: '2019-08-09T09:46:53.000Z',
      publishedAt: '2019-08-09T09:46:53.000Z',
      body: { type: 'doc', content: [{ type: 'paragraph' }] },
      section: '',
      source: '',
    });
    expect(image).toBeUndefined();
    expect(warnings).toEqual([]);
    expect(recognised).toEqual(expect.arrayContaining(['headline', 'standfirst', 'byline', 'slug', 'language', 'tags', 'publishedAt']));
    expect(recognised).not.toContain('body');
  });
});

describe('importNinjs round trip', () => {
  for (const version of ['3.1', '2.2'] as const) {
    it(`keeps what Copydesk exports as ninjs ${version}`, () => {
      const original = fullArticle();
      const { article, image, warnings } = importNinjs(ninjsJson(original, exportContext(), { version }), context);
      expect(warnings).toEqual([]);
      for (const field of ['headline', 'standfirst', 'byline', 'dateline', 'slug', 'section', 'tags', 'language', 'source'] as const) {
        expect(article[field], field).toEqual(original[field]);
      }
      expect(bodyPlainText(article.body)).toBe(bodyPlainText(original.body));
      expect(bodyBlocks(article.body, { includeRelated: true })).toEqual(bodyBlocks(original.body, { includeRelated: true }));
      expect(article.createdAt).toBe(original.createdAt);
      expect(article.publishedAt).toBe(original.updatedAt);
      expect(image).toEqual({
        href: 'https://cdn.example.com/images/putin-call.jpg',
        caption: original.leadImage!.caption,
        credit: 'Reuters',
        alt: original.leadImage!.alt,
      });
      expect(article.related).toEqual([
        { title: original.related[0]!.title, url: original.related[0]!.url, outlet: 'TRT World' },
        { title: 'Earlier: Maduro visits Moscow', url: `https://news.example.com/articles/${RELATED_ID}`, articleId: RELATED_ID },
      ]);
    });
  }

  it('keeps a minimal article minimal, and a draft unpublished', () => {
    const { article, warnings } = importNinjs(ninjsJson(minimalArticle(), exportContext(false)), context);
    expect(article).toMatchObject({
      headline: '',
      body: { type: 'doc', content: [{ type: 'paragraph' }] },
      publishedAt: null,
      language: 'en',
    });
    expect(warnings).toEqual([{ field: 'publishedAt', message: 'The provider marked this item "withheld": check before using it.' }]);
  });
});

describe('importNinjs with older and other shapes', () => {
  it('reads ninjs 1.x: headline, body_html, description_text and associations keyed by name', () => {
    const json = JSON.stringify({
      uri: 'http://example.com/1',
      type: 'text',
      headline: 'Old style',
      description_text: 'The summary',
      body_html: '<p>First <b>bold</b></p><p>Second</p>',
      subject: [{ name: 'Politics', code: '11000000' }],
      versioncreated: '2014-03-01T10:00:00+01:00',
      associations: {
        featureimage: {
          type: 'picture',
          description_text: 'A caption',
          byline: 'ignored',
          copyrightholder: 'AFP',
          renditions: { thumb: { href: 'https://x/t.jpg', width: 100 }, baseImage: { href: 'https://x/b.jpg', width: 800 } },
        },
      },
    });
    const { article, image } = importNinjs(json, context);
    expect(article).toMatchObject({
      headline: 'Old style',
      standfirst: 'The summary',
      tags: ['Politics'],
      publishedAt: '2014-03-01T09:00:00.000Z',
    });
    expect(bodyBlocks(article.body)).toEqual(['First bold', 'Second']);
    expect(image).toEqual({ href: 'https://x/b.jpg', caption: 'A caption', credit: 'AFP', alt: '' });
  });

  it('splits a plain-text body into paragraphs at blank lines, or at lines when there are none', () => {
    expect(bodyBlocks(plainTextToBody('One hard-\nwrapped\r\nparagraph.\n\n  Two.\n \nThree'))).toEqual([
      'One hard- wrapped paragraph.',
      'Two.',
      'Three',
    ]);
    expect(bodyBlocks(plainTextToBody('Line one\nLine two\n'))).toEqual(['Line one', 'Line two']);
    expect(plainTextToBody('  \n ')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('warns about what it cannot use rather than failing', () => {
    const json = JSON.stringify({
      uri: 'urn:x:1',
      language: 'not a language!',
      pubStatus: 'canceled',
      versionCreated: 'last Tuesday',
      bodies: [
        { role: 'main', contentType: 'text/plain', value: 'The story.' },
        { role: 'teaser', contentType: 'text/html', value: '<p>Something else</p>' },
      ],
      associations: [
        { name: 'pic', uri: 'urn:pic:1', type: 'picture', descriptions: [{ role: 'caption', value: 'No address' }] },
        { name: 'story', uri: 'urn:other:2', type: 'text' },
      ],
    });
    const { article, warnings, image } = importNinjs(json, context);
    expect(article.language).toBe('en');
    expect(bodyBlocks(article.body)).toEqual(['The story.']);
    expect(image).toBeUndefined();
    expect(article.createdAt).toBe(context.now.toISOString());
    expect(warnings.map((w) => w.field)).toEqual(['body', 'leadImage', 'related', 'publishedAt', 'publishedAt', 'language']);
    expect(warnings[1]!.message).toContain('Its caption reads: "No address"');
  });

  it('clips fields to the article limits and tells the user', () => {
    const json = JSON.stringify({
      uri: 'urn:x:1',
      headlines: [{ value: 'H'.repeat(500) }],
      subjects: [{ name: 'T'.repeat(90) }, { name: 'ok' }, { name: 'OK' }],
    });
    const { article, warnings } = importNinjs(json, context);
    expect(article.headline).toHaveLength(400);
    expect(article.tags).toEqual(['ok']);
    expect(warnings.map((w) => w.field)).toEqual(['headline', 'tags']);
  });
});

describe('importNinjs refuses what is not a ninjs text item', () => {
  it.each([
    ['', 'empty', 'This file is empty.'],
    ['  \n', 'empty', 'This file is empty.'],
    ['\u0000\u0001PNG', 'binary', 'binary'],
    ['{"uri": "x",\n "headlines": [}', 'invalid_json', 'This file is not valid JSON (line 2, column 16)'],
    ['[{"uri": "x"}]', 'invalid_schema', 'the file holds a list, where a ninjs item is a JSON object'],
    ['42', 'invalid_schema', 'a single number'],
    ['{"headline": "no uri"}', 'invalid_schema', 'it has no "uri"'],
    ['{"uri": "x", "type": "picture"}', 'invalid_schema', 'a picture item, not a text story'],
    [
      '{"uri": "x", "headlines": "Captain on trial"}',
      'invalid_schema',
      '"headlines" should be a list, but it is text ("Captain on trial")',
    ],
    [
      '{"uri": "x", "headlines": [{"role": "main", "value": 7}]}',
      'invalid_schema',
      '"headlines[0].value" should be text, but it is a number (7)',
    ],
    ['{"uri": "x", "versionCreated": 20130709}', 'invalid_schema', '"versionCreated" should be text'],
    ['{"uri": "x", "associations": 5}', 'invalid_schema', '"associations" is a number (5), which is not a form ninjs uses here'],
    ['{"uri": 5}', 'invalid_schema', '"uri" should be text'],
    ['{"uri": ""}', 'invalid_schema', '"uri" must not be empty'],
  ])('%j → %s', (json, code, message) => {
    const error = importError(json);
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  it('ignores a leading byte-order mark and unknown properties', () => {
    const { article } = importNinjs(
      '\uFEFF{"uri": "x", "headlines": [{"value": "Hi"}], "__proto__": {"polluted": 1}, "extra": true}',
      context,
    );
    expect(article.headline).toBe('Hi');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
