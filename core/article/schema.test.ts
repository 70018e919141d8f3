import { describe, expect, it } from 'vitest';
import { ArticleSchema, newArticle, SCHEMA_VERSION, FIELD_LIMITS } from './schema';
import { BodySchema, BODY_LIMITS, paragraph } from './bodySchema';
import { relatedTeaserNode } from './relatedTeaser';
import { slugify } from './slug';

const ID = '0b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10';
const NOW = new Date('2026-11-28T10:00:00.000Z');

function seedArticle() {
  return newArticle(ID, NOW, {
    slug: 'putin-backs-maduro',
    section: 'WORLD',
    headline: 'Putin backs Maduro against US pressure, pledges deeper economic and energy ties',
    standfirst: 'The two leaders hold a phone call after the US seized an oil tanker off the Venezuelan coast.',
    byline: 'TRT World',
    dateline: 'MOSCOW',
    leadImage: {
      asset: `${'a'.repeat(64)}.jpg`,
      caption: '"Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin says.',
      credit: 'Reuters',
      alt: 'Putin at a desk',
    },
    body: {
      type: 'doc',
      content: [
        paragraph('Russian President Vladimir Putin reaffirmed his support.'),
        relatedTeaserNode({
          title: "Russia maintains 'constant contact' with Venezuela",
          outlet: 'TRT World',
          url: 'https://example.com/x',
        }),
      ],
    },
    related: [{ title: 'Another story', articleId: '1b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10' }],
    source: 'TRTWorld and agencies',
    tags: ['Russia', 'Venezuela'],
    language: 'en-GB',
    status: 'editing',
    publishedAt: '2026-11-28T09:27:00.000Z',
  });
}

describe('ArticleSchema', () => {
  it('accepts every part of the seed story', () => {
    const article = seedArticle();
    expect(ArticleSchema.parse(article)).toEqual(article);
    expect(article.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('gives a new article sensible defaults', () => {
    const article = ArticleSchema.parse(newArticle(ID, NOW));
    expect(article).toMatchObject({
      status: 'draft',
      language: 'en',
      leadImage: null,
      publishedAt: null,
      createdAt: NOW.toISOString(),
      tags: [],
      related: [],
    });
  });

  it.each([
    ['a non-UUID id', { id: 'abc' }],
    ['an unknown status', { status: 'lost' }],
    ['a non-UTC time', { updatedAt: '2026-11-28T10:00:00+02:00' }],
    ['a local date only', { publishedAt: '2026-11-28' }],
    ['a bad language tag', { language: 'english please' }],
    ['an over-long headline', { headline: 'x'.repeat(FIELD_LIMITS.headline + 1) }],
    ['an asset path instead of a hash', { leadImage: { asset: '../../etc/passwd', caption: '', credit: '', alt: '' } }],
    ['a related story with neither URL nor article', { related: [{ title: 'Orphan' }] }],
    ['an empty tag', { tags: [''] }],
    ['a body that is not a document', { body: { type: 'paragraph' } }],
  ])('rejects %s', (_label, patch) => {
    expect(ArticleSchema.safeParse({ ...seedArticle(), ...patch }).success).toBe(false);
  });
});

describe('BodySchema limits', () => {
  it('refuses a body nested deeper than the limit, without overflowing the stack', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let i = 0; i < 100_000; i++) node = { type: 'blockquote', content: [node] };
    const result = BodySchema.safeParse({ type: 'doc', content: [node] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(`nested more than ${BODY_LIMITS.maxDepth} levels`);
  });

  it('refuses a body with too many nodes', () => {
    const content = Array.from({ length: BODY_LIMITS.maxNodes + 1 }, () => ({ type: 'paragraph' }));
    expect(BodySchema.safeParse({ type: 'doc', content }).error?.issues[0]?.message).toMatch(/more than .* nodes/);
  });

  it('accepts a long but ordinary story', () => {
    const content = Array.from({ length: 2000 }, (_, i) => paragraph(`Paragraph ${i} with some words in it.`));
    expect(BodySchema.safeParse({ type: 'doc', content }).success).toBe(true);
  });
});

describe('slugify', () => {
  it.each([
    ['Putin backs Maduro against US pressure', 'putin-backs-maduro-against-us-pressure'],
    ["Russia maintains 'constant contact'", 'russia-maintains-constant-contact'],
    ['São Paulo: Café — “news”', 'sao-paulo-cafe-news'],
    ['   ', ''],
  ])('%s → %s', (input, slug) => expect(slugify(input)).toBe(slug));

  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('word '.repeat(50), 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
  });
});
