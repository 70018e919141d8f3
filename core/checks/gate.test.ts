import { describe, expect, it } from 'vitest';
import type { Article } from '../article/schema';
import { runGate, wellFormedDateline } from './gate';
import { checkArticle } from './runChecks';
import { articleWith } from './testSupport';

const now = new Date('2026-11-29T10:00:00Z');
const limits = { headline: 70, standfirst: 200 };
const ids = (article: Article, openThreads?: (a: Article) => number) =>
  runGate({ article, findings: checkArticle(article).findings, limits, now, openThreads }).map((f) => f.id);

function readyArticle(): Article {
  return articleWith(['“We will go on,” the minister said on Tuesday.'], {
    headline: 'Minister vows to go on',
    standfirst: 'The talks resume next week.',
    section: 'WORLD',
    byline: 'A Reporter',
    dateline: 'LEEDS, England',
    leadImage: { asset: null, caption: 'The minister.', credit: 'Reuters', alt: 'The minister at a lectern' },
  });
}

describe('ready-for-desk gate', () => {
  it('passes a complete, clean article', () => {
    expect(ids(readyArticle())).toEqual([]);
  });

  it('lists every missing field, each pointing at its place', () => {
    const article = readyArticle();
    Object.assign(article, { headline: '', standfirst: '', section: '', byline: '', source: '' });
    article.leadImage = { asset: null, caption: '', credit: '', alt: '' };
    const failures = runGate({ article, findings: [], limits, now });
    expect(failures.map((f) => `${f.id}@${f.field}`)).toEqual([
      'headline@headline',
      'standfirst@standfirst',
      'section@section',
      'byline@byline',
      'image-credit@credit',
      'image-alt@alt',
    ]);
  });

  it('fails on a counter over its limit, an error finding, open threads, an unattributed quote and a bad dateline', () => {
    const article = readyArticle();
    article.headline = 'H'.repeat(71);
    article.dateline = 'Leeds';
    article.body = articleWith(['The the talks went on.', '“We will never, ever give up on this,” the crowd chanted.']).body;
    const failures = runGate({ article, findings: checkArticle(article).findings, limits, now, openThreads: () => 2 });
    expect(failures.map((f) => f.id)).toEqual(['headline-limit', 'check-errors', 'threads', 'attribution', 'dateline']);
    expect(failures.find((f) => f.id === 'attribution')).toMatchObject({ field: 'body', block: 1 });
    expect(failures.find((f) => f.id === 'check-errors')).toMatchObject({ field: 'body', block: 0 });
  });

  it('checks the embargo: in the future, and not after the publish time', () => {
    const article = readyArticle();
    article.newsroom.embargoUntil = '2026-11-29T09:00:00.000Z';
    expect(ids(article)).toEqual(['embargo-past']);
    article.newsroom.embargoUntil = '2026-11-30T09:00:00.000Z';
    article.publishedAt = '2026-11-29T12:00:00.000Z';
    expect(ids(article)).toEqual(['embargo-publish']);
  });

  it('refuses a withdrawn story', () => {
    const article = readyArticle();
    article.newsroom.withdrawal = { kind: 'kill', reason: 'Legal advice', at: now.toISOString() };
    expect(ids(article)).toEqual(['withdrawn']);
  });

  it('knows a well-formed dateline', () => {
    for (const good of ['', 'LONDON', 'LEEDS, England', 'WASHINGTON (AP)', 'ST. LOUIS', 'RIO DE JANEIRO, Brazil'])
      expect(wellFormedDateline(good)).toBe(true);
    for (const bad of ['London', 'london, england', 'LONDON,England', '12 May']) expect(wellFormedDateline(bad)).toBe(false);
  });
});
