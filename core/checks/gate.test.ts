import { describe, expect, it } from 'vitest';
import type { Article } from '../article/schema';
import type { OpenReview } from '../review/openReview';
import { runGate, wellFormedDateline } from './gate';
import { checkArticle } from './runChecks';
import { articleWith } from './testSupport';

const now = new Date('2026-11-29T10:00:00Z');
const limits = { headline: 70, standfirst: 200 };
const ids = (article: Article, openThreads?: (a: Article) => OpenReview) =>
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
    const failures = runGate({
      article,
      findings: checkArticle(article).findings,
      limits,
      now,
      openThreads: () => ({ comments: 1, suggestions: 1 }),
    });
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

describe('the gate reads the review (issue 14)', () => {
  const comment = (id: string, resolved: boolean) => ({
    id,
    parentId: null,
    author: 'Ann Desk',
    initials: 'AD',
    date: '' as const,
    text: 'Which bridge?',
    resolved,
    quote: 'bridge',
  });
  const anchored = (id: string) => ({ type: 'comment', attrs: { id } });
  const insertion = { type: 'insertion', attrs: { id: 's1', author: 'Ann Desk', date: '2026-11-29T10:00:00.000Z' } };

  it('counts unresolved threads (an orphaned one too), body suggestions and field suggestions; resolved threads pass', () => {
    const article = readyArticle();
    article.body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '“We will go on,” the minister said on ' },
            { type: 'text', text: 'Tuesday', marks: [anchored('c1')] },
            { type: 'text', text: ' morning', marks: [insertion] },
            { type: 'text', text: '.', marks: [anchored('c3')] },
          ],
        },
      ],
    };
    article.review.comments = [comment('c1', false), comment('c2', false), comment('c3', true)];
    article.review.fields.headline = { base: 'Minister goes on', author: 'Ann Desk', date: '' };
    const threads = runGate({ article, findings: [], limits, now }).find((f) => f.id === 'threads');
    // c1 anchored and open, c2 orphaned (no text carries it) and open, c3 resolved.
    expect(threads?.message).toBe(
      '2 unresolved comments and 2 open suggestions: accept or reject each suggestion and resolve each comment (Review panel).',
    );
    article.review.comments = [comment('c1', true), comment('c3', true)];
    article.review.fields = {};
    article.body.content![0]!.content!.splice(2, 1);
    expect(ids(article)).toEqual([]);
  });
});
