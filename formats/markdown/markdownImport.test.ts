import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../core/article/bodySchema';
import { relatedTeaserNode } from '../../core/article/relatedTeaser';
import { bodyPlainText } from '../../core/text/bodyText';
import { ImportError, type ImportErrorCode } from '../../core/import/importTypes';
import { importMarkdown } from './markdownImport';

const context = { id: '3f2b8c1a-9d4e-4f6a-8b7c-1d2e3f4a5b6c', now: new Date('2025-12-11T09:00:00.000Z') };
const p = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function refusal(text: string): { code: ImportErrorCode; message: string } {
  try {
    importMarkdown(text, context);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return { code: (error as ImportError).code, message: (error as ImportError).message };
  }
  throw new Error('expected the import to be refused');
}

const STORY = `---
slug: Putin Backs Maduro
section: World
headline: "Putin backs Maduro against US pressure"
standfirst: The two leaders hold a phone call after the US seized an oil tanker.
byline: Staff reporter
dateline: MOSCOW
published: 2025-12-11T09:30:00Z
tags: [Russia, Venezuela]
source: TRTWorld and agencies
language: en-GB
status: ready
image:
  src: https://cdn.example.com/putin.jpg
  caption: Vladimir Putin in Moscow.
  credit: Reuters
  alt: Putin at a desk
---

Russian President Vladimir Putin reaffirmed his support for Venezuela, the **Kremlin** said.

> Related: [Russia maintains 'constant contact' with Venezuela](https://www.trtworld.com/article/russia)

SOURCE: TRTWorld and agencies
`;

describe('importMarkdown', () => {
  it('reads every front matter field and the body', () => {
    const result = importMarkdown(STORY, context);
    expect(result.article).toMatchObject({
      id: context.id,
      slug: 'putin-backs-maduro',
      section: 'World',
      headline: 'Putin backs Maduro against US pressure',
      standfirst: 'The two leaders hold a phone call after the US seized an oil tanker.',
      byline: 'Staff reporter',
      dateline: 'MOSCOW',
      publishedAt: '2025-12-11T09:30:00Z',
      tags: ['Russia', 'Venezuela'],
      source: 'TRTWorld and agencies',
      language: 'en-GB',
      status: 'ready',
      leadImage: null,
      createdAt: '2025-12-11T09:00:00.000Z',
    });
    expect(result.image).toEqual({
      href: 'https://cdn.example.com/putin.jpg',
      caption: 'Vladimir Putin in Moscow.',
      credit: 'Reuters',
      alt: 'Putin at a desk',
    });
    expect(result.article.body.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Russian President Vladimir Putin reaffirmed his support for Venezuela, the ' },
          { type: 'text', text: 'Kremlin', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' said.' },
        ],
      },
      relatedTeaserNode({ title: "Russia maintains 'constant contact' with Venezuela", url: 'https://www.trtworld.com/article/russia' }),
      p('SOURCE: TRTWorld and agencies'),
    ]);
    expect(result.warnings).toEqual([]);
    expect(new Set(result.recognised)).toEqual(
      new Set([
        'slug',
        'section',
        'headline',
        'standfirst',
        'byline',
        'dateline',
        'publishedAt',
        'tags',
        'source',
        'language',
        'leadImage',
        'caption',
        'credit',
        'body',
      ]),
    );
  });

  it('takes the first # heading as the headline when there is no front matter', () => {
    const { article, recognised } = importMarkdown(
      '# Floods *close* roads\n\nRain fell all night.\n\n## What next\n\nMore rain.\n',
      context,
    );
    expect(article.headline).toBe('Floods close roads');
    expect(article.slug).toBe('floods-close-roads');
    expect(recognised).toContain('headline');
    expect(article.body.content).toEqual([
      p('Rain fell all night.'),
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What next' }] },
      p('More rain.'),
    ]);
  });

  it('accepts the keys static site generators use, CRLF line ends and a BOM', () => {
    const text =
      '\uFEFF---\r\ntitle: Budget passed\r\nauthor: Jane Doe\r\ndate: 2025-03-14\r\ncategory: Local\r\ntags: council, budget\r\n---\r\n\r\nText.\r\n';
    const { article, warnings } = importMarkdown(text, context);
    expect(article).toMatchObject({
      headline: 'Budget passed',
      byline: 'Jane Doe',
      section: 'Local',
      publishedAt: '2025-03-14T00:00:00.000Z',
      tags: ['council', 'budget'],
    });
    expect(article.body.content).toEqual([p('Text.')]);
    expect(warnings).toEqual([]);
  });

  it('sanitises the body through htmlToBody, raw HTML included', () => {
    const text = [
      'Safe <b>bold</b><script>alert(1)</script> and <a href="javascript:alert(1)">bad link</a> and <img src=x onerror=alert(1)>.',
      '',
      '![a picture](https://example.com/p.jpg) ~~gone~~ https://example.com/auto',
      '',
      '```',
      'code <b>line</b>',
      '```',
    ].join('\n');
    const { article } = importMarkdown(text, context);
    const json = JSON.stringify(article.body);
    expect(json).not.toMatch(/script|alert|onerror|javascript|img/);
    expect(bodyPlainText(article.body)).toBe('Safe bold and bad link and .\n\ngone https://example.com/auto\n\ncode <b>line</b>');
    expect(json).toContain('"strike"');
    expect(json).toContain('{"type":"link","attrs":{"href":"https://example.com/auto"}}');
  });

  it('warns about fields it sets aside rather than refusing the file', () => {
    const text = `---\nheadline: ${'x'.repeat(450)}\nlanguage: not a language\nstatus: archived\npublished: last tuesday\nmood: cheerful\nimage:\n  caption: no src\n---\nBody.\n`;
    const { article, warnings } = importMarkdown(text, context);
    expect(article.headline).toHaveLength(400);
    expect(article.language).toBe('en');
    expect(article.status).toBe('draft');
    expect(article.publishedAt).toBeNull();
    expect(warnings.map((w) => w.field)).toEqual(['headline', 'publishedAt', 'language', 'status', 'leadImage', 'frontMatter']);
    expect(warnings.find((w) => w.field === 'frontMatter')?.message).toContain('"mood"');
  });

  it('refuses unsafe image addresses but accepts local paths', () => {
    expect(importMarkdown('---\nimage: javascript:alert(1)\n---\nx', context).image).toBeUndefined();
    expect(importMarkdown('---\nimage:\n  src: images/a.jpg\n---\nx', context).image?.href).toBe('images/a.jpg');
  });

  describe('refuses what it cannot read, saying what to do', () => {
    it('empty input', () => {
      expect(refusal('').code).toBe('empty');
      expect(refusal(' \n\t\n').code).toBe('empty');
      expect(refusal('---\nstatus: draft\n---\n\n<!-- nothing -->\n').code).toBe('empty');
    });

    it('binary data', () => {
      const { code, message } = refusal('PK\u0003\u0004\u0000\u0000word/document.xml');
      expect(code).toBe('binary');
      expect(message).toMatch(/binary/);
    });

    it('bad YAML front matter, naming the line', () => {
      const { code, message } = refusal('---\nheadline: fine\nbyline: [unclosed\nsection: x\n---\nBody');
      expect(code).toBe('invalid_schema');
      expect(message).toMatch(/front matter is not valid YAML on line \d+/);
      expect(refusal('---\nheadline: a\nheadline: b\n---\nx').message).toMatch(/line 3/);
      expect(refusal('---\nheadline: Putin: "no"\n---\nx').message).toMatch(/line 2: .*Put quotes around/);
    });

    it('front matter that never closes, or is not a set of fields', () => {
      expect(refusal('---\nheadline: x\n\nBody text').message).toMatch(/no closing "---"/);
      expect(refusal('---\n- a\n- b\n---\nx').code).toBe('invalid_schema');
    });

    it('more than 5 MB', () => {
      expect(refusal('a'.repeat(5 * 1024 * 1024 + 1)).code).toBe('too_large');
    });
  });
});
