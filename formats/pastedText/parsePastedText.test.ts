import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRelatedTeaser } from '../../core/article/relatedTeaser';
import { ArticleSchema } from '../../core/article/schema';
import { bodyBlocks } from '../../core/text/bodyText';
import { parsePastedText, type PastedTextResult } from './parsePastedText';

const context = { id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69', now: new Date('2025-12-12T12:00:00.000Z') };
const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');
const parse = (text: string) => parsePastedText(text, context);

function paragraphs(result: PastedTextResult): string[] {
  return (result.article.body.content ?? []).filter((node) => node.type === 'paragraph').map((node) => node.content?.[0]?.text ?? '');
}
function teasers(result: PastedTextResult) {
  return (result.article.body.content ?? []).filter((node) => node.type === 'relatedTeaser').map(readRelatedTeaser);
}
const warned = (result: PastedTextResult, field: string) => result.warnings.filter((w) => w.field === field);

describe('the seed story', () => {
  const seed = read('../../testing/fixtures/seed/putin-maduro.txt');
  const headline = 'Putin backs Maduro against US pressure, pledges deeper economic and energy ties';

  it('reads every part of the page', () => {
    const result = parse(seed);
    const { article } = result;
    expect(article.section).toBe('WORLD');
    expect(article.headline).toBe(headline);
    expect(article.slug).toBe('putin-backs-maduro-against-us-pressure-pledges-deeper-economic-and-energy-ties');
    expect(article.standfirst).toBe(
      'The two leaders hold a phone call after the US seized an oil tanker off the Venezuelan coast, the latest point of several points of friction between the two countries.',
    );
    expect(article.leadImage).toBeNull();
    expect(result.image).toEqual({
      href: '',
      caption: '"Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin says.',
      credit: 'Reuters',
      alt: '',
    });
    expect(article.publishedAt).toBe(new Date(context.now.getTime() - 33 * 60_000).toISOString());
    expect(article.source).toBe('TRTWorld and agencies');
    expect(article.byline).toBe('');
    expect(article.dateline).toBe('');
    expect(result.pageReadTime).toBe('2 min read');
    expect(result.warnings).toEqual([]);
    expect(result.recognised).toEqual(
      expect.arrayContaining(['section', 'headline', 'standfirst', 'caption', 'credit', 'publishedAt', 'body', 'related', 'source']),
    );
    expect(() => ArticleSchema.parse(article)).not.toThrow();
  });

  it('keeps nine paragraphs and the Related teaser in place, without the repeated headline', () => {
    const result = parse(seed);
    const body = result.article.body.content ?? [];
    expect(body).toHaveLength(10);
    expect(paragraphs(result)).toHaveLength(9);
    expect(paragraphs(result)[0]).toMatch(/^Russian President Vladimir Putin reaffirmed/);
    expect(paragraphs(result)[8]).toMatch(/^US President Donald Trump has deployed warships/);
    expect(paragraphs(result)).not.toContain(headline);
    expect(body[4]?.type).toBe('relatedTeaser');
    expect(teasers(result)).toEqual([
      {
        title: "Russia maintains 'constant contact' with Venezuela as Caribbean tensions mount",
        outlet: 'TRT World',
        url: null,
        articleId: null,
      },
    ]);
    expect(bodyBlocks(result.article.body).join(' ')).not.toMatch(/SOURCE|2 min read|33 minutes ago|\/ Reuters/);
  });

  it('gives the same article from a messier copy: CRLF, no-break spaces, trailing spaces, curly quotes', () => {
    const messy = seed
      .replace(/ /g, (space, offset: number) => (offset % 7 === 0 ? '\u00a0' : space))
      .replace(/\n/g, '  \r\n')
      .replace(
        '"Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin says.',
        '“Vladimir Putin expressed solidarity with the Venezuelan people,” the Kremlin says.',
      );
    const clean = parse(seed);
    const result = parse(messy);
    expect(result.article.headline).toBe(clean.article.headline);
    expect(result.article.standfirst).toBe(clean.article.standfirst);
    expect(result.image?.caption).toBe('“Vladimir Putin expressed solidarity with the Venezuelan people,” the Kremlin says.');
    expect(paragraphs(result)).toEqual(paragraphs(clean));
    expect(teasers(result)).toEqual(teasers(clean));
    expect(result.article.source).toBe('TRTWorld and agencies');
  });

  it('drops a repeat of the headline that differs only in its quotes and case', () => {
    const text =
      "WORLD\nKremlin says ‘no plans’ for summit\nThe standfirst sentence is here.\nKREMLIN SAYS 'NO PLANS' FOR SUMMIT\n\nFirst paragraph.";
    const result = parse(text);
    expect(result.article.standfirst).toBe('The standfirst sentence is here.');
    expect(paragraphs(result)).toEqual(['First paragraph.']);
  });
});

describe('uncertain input is flagged, not guessed silently', () => {
  it('warns when there is no headline and keeps the text as body', () => {
    const result = parse('MOSCOW (Reuters) - Russia said on Friday it would keep talking to Venezuela.\n\nA second paragraph.');
    expect(result.article.headline).toBe('');
    expect(warned(result, 'headline')).toHaveLength(1);
    expect(result.article.dateline).toBe('MOSCOW');
    expect(result.article.byline).toBe('Reuters');
    expect(paragraphs(result)).toEqual(['Russia said on Friday it would keep talking to Venezuela.', 'A second paragraph.']);
  });

  it('warns about a labelled date it cannot read, and leaves publishedAt empty', () => {
    const result = parse('Headline of the story here\nPublished: 31 February 2025\n\nBody paragraph.');
    expect(result.article.publishedAt).toBeNull();
    expect(warned(result, 'publishedAt')[0]?.message).toMatch(/31 February 2025/);
  });

  it('warns that "yesterday" gives no time of day', () => {
    const result = parse('Headline of the story here\nBy Jane Smith | Yesterday | 3 min read\n\nBody paragraph.');
    expect(result.article.byline).toBe('Jane Smith');
    expect(result.article.publishedAt).toBe('2025-12-11T12:00:00.000Z');
    expect(warned(result, 'publishedAt')).toHaveLength(1);
  });

  it('warns when the line after the headline might be a standfirst', () => {
    const result = parse(
      'Council votes to keep library open\n\nA short line that may be the standfirst.\n\nThe first real paragraph of the story.',
    );
    expect(result.article.standfirst).toBe('');
    expect(warned(result, 'standfirst')).toHaveLength(1);
    expect(paragraphs(result)).toHaveLength(2);
  });

  it('warns when a headline alone has no body', () => {
    const result = parse('Just a headline');
    expect(result.article.headline).toBe('Just a headline');
    expect(warned(result, 'body')).toHaveLength(1);
    expect(() => ArticleSchema.parse(result.article)).not.toThrow();
  });
});
