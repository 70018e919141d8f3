import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newArticle, type Article } from '../article/schema';
import { readArticle, readArticleFields, writeArticle, writeArticleFields } from './articleDoc';

const base = newArticle('22222222-2222-4222-8222-222222222222', new Date('2026-11-29T10:00:00Z'), { headline: 'Budget passes' });
const comment = (id: string, author: string, date: string) => ({
  id,
  parentId: null,
  author,
  initials: author.slice(0, 2).toUpperCase(),
  date,
  text: `${author} says`,
  resolved: false,
  quote: 'Budget',
});
const withReview = (article: Article, comments: Article['review']['comments'], note = ''): Article => ({
  ...article,
  review: { ...article.review, comments, editorNote: note },
});

const twins = (article: Article) => {
  const a = new Y.Doc();
  writeArticle(a, article);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b] as const;
};
const exchange = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
};

describe('review and newsroom data in the Y.Doc', () => {
  it('round-trips comments, field suggestions, sign-offs, the editor note and the newsroom fields', () => {
    const article: Article = {
      ...withReview(base, [comment('c1', 'Ada', '2026-11-29T10:01:00.000Z')], 'Check the figures'),
      newsroom: { embargoUntil: '2026-11-30T06:00:00.000Z', notes: [], withdrawal: null, ignoredChecks: ['x'] },
    };
    article.review.fields = { headline: { base: 'Budget', author: 'Ada', date: '' } };
    article.review.signOffs = [{ reviewer: 'Bo', initials: 'BO', at: '2026-11-29T11:00:00.000Z', status: 'edited', revisionId: null }];
    const doc = new Y.Doc();
    writeArticle(doc, article);
    expect(readArticle(doc, base)).toEqual(article);
  });

  it('keeps two comments made at once on two machines, in one order everywhere', () => {
    const [a, b] = twins(base);
    writeArticleFields(a, withReview(base, [comment('ca', 'Ada', '2026-11-29T10:01:00.000Z')]));
    writeArticleFields(b, withReview(base, [comment('cb', 'Bo', '2026-11-29T10:00:30.000Z')]));
    exchange(a, b);
    const ids = (doc: Y.Doc) => readArticleFields(doc, base).review.comments.map((c) => c.id);
    expect(ids(a)).toEqual(['cb', 'ca']);
    expect(ids(b)).toEqual(ids(a));
  });

  it('writes only the parts an edit touched: a stale copy of the others is not written back', () => {
    const [a, b] = twins(base);
    writeArticleFields(a, { ...base, status: 'editing' });
    exchange(a, b);
    // B's copy is a moment old (draft); its headline edit must not put the status back.
    writeArticleFields(b, { ...base, headline: 'Budget passes at last' }, null, undefined, new Set(['headline']));
    exchange(a, b);
    expect(readArticleFields(a, base)).toMatchObject({ status: 'editing', headline: 'Budget passes at last' });
  });

  it('keeps the local review for a doc shared by a Copydesk that did not carry one', () => {
    const doc = new Y.Doc();
    doc.getText('field:headline').insert(0, 'Old client');
    const local = withReview(base, [comment('c1', 'Ada', '')]);
    expect(readArticleFields(doc, local).review).toEqual(local.review);
  });
});
