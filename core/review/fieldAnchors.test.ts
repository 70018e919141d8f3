import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../article/bodySchema';
import { newArticle, type Article } from '../article/schema';
import { commentThreads } from './comments';
import { fieldAnchorText, fieldEdit, mapFieldAnchor, withMappedFieldAnchors } from './fieldAnchors';
import { resolveField, suggestFieldEdit } from './fieldSuggestions';
import type { FieldAnchor, ReviewComment } from './reviewSchema';

const HEADLINE = 'Mayor backs bridge plan';
const anchor = (start: number, end: number): FieldAnchor => ({ field: 'headline', start, end });
const comment = (id: string, fieldAnchor?: FieldAnchor, parentId: string | null = null): ReviewComment => ({
  id,
  parentId,
  author: 'Ann Desk',
  initials: 'AD',
  date: '2026-11-29T10:00:00.000Z',
  text: `note ${id}`,
  resolved: false,
  quote: 'bridge',
  ...(fieldAnchor ? { fieldAnchor } : {}),
});
const article = (comments: ReviewComment[], headline = HEADLINE): Article => {
  const a = newArticle('77777777-7777-4777-8777-777777777777', new Date('2026-11-29T10:00:00Z'), {
    headline,
    standfirst: 'It opens in May.',
  });
  return { ...a, review: { ...a.review, comments } };
};
/** "bridge" in the headline. */
const BRIDGE = anchor(12, 18);

/** The anchored text after typing `after` over `before` (one edit). */
const follow = (after: string, start = BRIDGE.start, end = BRIDGE.end) => {
  const edit = fieldEdit(HEADLINE, after);
  const mapped = edit ? mapFieldAnchor(anchor(start, end), edit) : anchor(start, end);
  return mapped.start === mapped.end ? null : after.slice(mapped.start, mapped.end);
};

describe('field anchors follow edits of their field', () => {
  it('finds the one replaced stretch between two texts', () => {
    expect(fieldEdit('abc', 'abc')).toBeNull();
    expect(fieldEdit('abc', 'abXc')).toEqual({ from: 2, to: 2, inserted: 1 });
    expect(fieldEdit('abcd', 'ad')).toEqual({ from: 1, to: 3, inserted: 0 });
    expect(fieldEdit('aa', 'aaa')).toEqual({ from: 2, to: 2, inserted: 1 });
  });

  it('keeps its text when text around it changes', () => {
    expect(follow('The mayor backs bridge plan')).toBe('bridge');
    expect(follow('Mayor backs bridge plan again')).toBe('bridge');
    expect(follow('Mayor backs new bridge plan')).toBe('bridge');
    expect(follow('Mayor backs bridge scheme')).toBe('bridge');
  });

  it('does not grow at its edges, grows inside, shrinks when part of it goes', () => {
    expect(follow('Mayor backs Xbridge plan')).toBe('bridge');
    expect(follow('Mayor backs bridgeX plan')).toBe('bridge');
    expect(follow('Mayor backs bri-dge plan')).toBe('bri-dge');
    expect(follow('Mayor backs bri plan')).toBe('bri');
    expect(follow('Mayor backs dge plan')).toBe('dge');
    // A replacement over its end keeps what is left of its own text.
    expect(follow('Mayor backs brick wall')).toBe('bri');
  });

  it('collapses when all its text is deleted or replaced', () => {
    expect(follow('Mayor backs  plan')).toBeNull();
    expect(follow('Mayor backs tunnel plan')).toBeNull();
    expect(follow('')).toBeNull();
    expect(follow('Council rejects everything')).toBeNull();
  });

  it('maps only the changed field, keeps the same objects when nothing moves', () => {
    const before = article([comment('c1', BRIDGE), comment('c2', { field: 'standfirst', start: 3, end: 8 }), comment('c3')]);
    const after = withMappedFieldAnchors(before, { ...before, headline: `Mayor now ${HEADLINE.slice(6)}` });
    expect(after.review.comments.map((c) => c.fieldAnchor)).toEqual([anchor(16, 22), { field: 'standfirst', start: 3, end: 8 }, undefined]);
    expect(fieldAnchorText(after, after.review.comments[0]!.fieldAnchor!)).toBe('bridge');
    const untouched = { ...before, status: 'editing' as const };
    expect(withMappedFieldAnchors(before, untouched)).toBe(untouched);
  });

  it('follows a suggested edit and its rejection', () => {
    const before = article([comment('c1', BRIDGE)]);
    const who = { author: 'Bo Sub', date: '2026-11-29T11:00:00.000Z' };
    const suggested = suggestFieldEdit(before, before.review, 'headline', 'Mayor firmly backs bridge plan', who);
    const a1 = withMappedFieldAnchors(before, { ...suggested.article, review: suggested.review });
    expect(fieldAnchorText(a1, a1.review.comments[0]!.fieldAnchor!)).toBe('bridge');
    const rejected = resolveField(a1, a1.review, 'headline', 'reject');
    const a2 = withMappedFieldAnchors(a1, { ...rejected.article, review: rejected.review });
    expect(a2.headline).toBe(HEADLINE);
    expect(fieldAnchorText(a2, a2.review.comments[0]!.fieldAnchor!)).toBe('bridge');
  });

  it('reads offsets that no longer fit the field (a file edited elsewhere) as deleted text, not a crash', () => {
    expect(fieldAnchorText(article([]), anchor(12, 400))).toBeNull();
  });
});

describe('threads anchored in fields', () => {
  const body: BodyNode = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rain fell.', marks: [{ type: 'comment', attrs: { id: 'b1' } }] }] }],
  };

  it('name their field, come before the body for fields above it, and are kept as deleted when their text goes', () => {
    const a = article([
      comment('b1'),
      comment('byline', { field: 'byline', start: 0, end: 0 }),
      comment('s1', { field: 'standfirst', start: 9, end: 15 }),
      comment('h1', BRIDGE),
      comment('r1', undefined, 'h1'),
    ]);
    const threads = commentThreads(body, a.review.comments, a);
    expect(threads.map((t) => [t.root.id, t.field, t.anchor])).toEqual([
      ['h1', 'headline', 'bridge'],
      ['s1', 'standfirst', 'in May'],
      ['b1', null, 'Rain fell.'],
      ['byline', 'byline', null],
    ]);
    expect(threads[0]!.replies.map((r) => r.id)).toEqual(['r1']);
  });
});
