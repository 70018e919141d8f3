import { describe, expect, it } from 'vitest';
import { newArticle } from '../article/schema';
import { BODY_ZONE, fieldStops, fieldZone, nextStop, type ChangeStop } from './changeStops';
import type { ReviewComment } from './reviewSchema';

const comment = (id: string, extra: Partial<ReviewComment>): ReviewComment => ({
  id,
  parentId: null,
  author: 'Ann Desk',
  initials: 'AD',
  date: '2026-11-29T10:00:00.000Z',
  text: 'Query',
  resolved: false,
  quote: '',
  ...extra,
});

const article = () => {
  const a = newArticle('0b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10', new Date('2026-11-29T09:00:00.000Z'), {
    headline: 'Mayor to reopen bridge',
    standfirst: 'Engineers disagree.',
    byline: 'Sam Reporter',
    source: 'Agencies and staff',
  });
  a.review.fields = { headline: { base: 'Mayor reopens bridge', author: 'Ann Desk', date: '2026-11-29T10:00:00.000Z' } };
  a.review.comments = [
    comment('s', { fieldAnchor: { field: 'source', start: 13, end: 18 } }),
    comment('b', { fieldAnchor: { field: 'byline', start: 0, end: 3 } }),
    comment('st', { fieldAnchor: { field: 'standfirst', start: 0, end: 9 } }),
    comment('done', { fieldAnchor: { field: 'headline', start: 0, end: 5 }, resolved: true }),
    comment('gone', { fieldAnchor: { field: 'headline', start: 4, end: 4 } }),
    comment('reply', { parentId: 'st' }),
  ];
  return a;
};

describe('next and previous change across the fields and the body', () => {
  const body: ChangeStop = { zone: BODY_ZONE, from: 5, to: 12, bodyId: '1' };
  const stops = [...fieldStops(article()), body];
  const go = (here: { zone: number; from: number }, direction: 1 | -1) => {
    const s = nextStop(stops, here, direction)!;
    return 'field' in s ? `${s.field} ${s.from}-${s.to}` : `body ${s.from}-${s.to}`;
  };

  it('stops at a field suggestion on the words it changed, and at open field comments only', () => {
    // "Mayor reopens bridge" → "Mayor to reopen bridge": the changed stretch as the field now reads.
    expect(fieldStops(article()).map((s) => ('field' in s ? `${s.field} ${s.from}-${s.to}` : ''))).toEqual([
      'headline 6-15',
      'source 13-18',
      'byline 0-3',
      'standfirst 0-9',
    ]);
  });

  it('goes headline, standfirst, byline, body, source in reading order and wraps round both ways', () => {
    const start = { zone: fieldZone('headline'), from: 0 };
    expect(go(start, 1)).toBe('headline 6-15');
    expect(go({ zone: fieldZone('headline'), from: 6 }, 1)).toBe('standfirst 0-9');
    expect(go({ zone: fieldZone('standfirst'), from: 0 }, 1)).toBe('byline 0-3');
    expect(go({ zone: fieldZone('byline'), from: 0 }, 1)).toBe('body 5-12');
    expect(go({ zone: BODY_ZONE, from: 5 }, 1)).toBe('source 13-18');
    expect(go({ zone: fieldZone('source'), from: 13 }, 1)).toBe('headline 6-15');
    expect(go({ zone: BODY_ZONE, from: 5 }, -1)).toBe('byline 0-3');
    expect(go({ zone: fieldZone('headline'), from: 6 }, -1)).toBe('source 13-18');
    expect(nextStop([], start, 1)).toBeNull();
  });
});
