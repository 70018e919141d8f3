import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../article/bodySchema';
import type { Article } from '../../article/schema';
import { bodyBlocks } from '../../text/bodyText';
import { findPattern, type FindOptions } from '../find';
import { articleWith } from '../testSupport';
import { findInArticle } from './libraryFind';
import { replaceInArticle } from './replaceInArticle';
import { textBlockNodes } from './textRuns';

const plain: FindOptions = { caseSensitive: false, wholeWord: false, regex: false };
const ALL = ['headline', 'standfirst', 'body', 'caption'] as const;

/** Find with the library's engine, then replace every match: what "Replace all" in the preview does. */
function replaceAll(article: Article, query: string, replacement: string, options: Partial<FindOptions> = {}, fields = [...ALL]) {
  const opts = { ...plain, ...options };
  const pattern = findPattern(query, opts);
  if (!pattern.ok) throw new Error(pattern.message);
  const { matches } = findInArticle(article, pattern.pattern, { replacement, options: opts, fields }, 10_000);
  return { matches, ...replaceInArticle(article, matches) };
}

const t = (text: string, marks?: BodyNode['marks']): BodyNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });
const withBody = (...blocks: BodyNode[]) => articleWith([], { body: { type: 'doc', content: blocks } });

describe('library replace engine', () => {
  it('replaces in the chosen fields only: a field vs the body', () => {
    const article = articleWith(['Troops left Kiev.'], { headline: 'Kiev talks', standfirst: 'From Kiev' });
    const bodyOnly = replaceAll(article, 'Kiev', 'Kyiv', {}, ['body']);
    expect(bodyOnly.article.headline).toBe('Kiev talks');
    expect(bodyBlocks(bodyOnly.article.body)).toEqual(['Troops left Kyiv.']);
    const all = replaceAll(article, 'Kiev', 'Kyiv');
    expect([all.article.headline, all.article.standfirst]).toEqual(['Kyiv talks', 'From Kyiv']);
    expect(all.applied).toHaveLength(3);
    // The input is never mutated: the store still holds the old article for its version.
    expect(bodyBlocks(article.body)).toEqual(['Troops left Kiev.']);
  });

  it('honours case, whole word and regular expressions with groups', () => {
    const article = articleWith(['Kiev, kiev and Kievan Rus. KIEV.']);
    expect(bodyBlocks(replaceAll(article, 'Kiev', 'Kyiv', { caseSensitive: true }).article.body)).toEqual([
      'Kyiv, kiev and Kyivan Rus. KIEV.',
    ]);
    expect(bodyBlocks(replaceAll(article, 'kiev', 'Kyiv', { wholeWord: true }).article.body)).toEqual(['Kyiv, Kyiv and Kievan Rus. Kyiv.']);
    const regex = replaceAll(articleWith(['Oct. 4th and Nov. 21st']), '(\\d+)(st|nd|rd|th)\\b', '$1', { regex: true });
    expect(bodyBlocks(regex.article.body)).toEqual(['Oct. 4 and Nov. 21']);
  });

  it('skips a match that overlaps an earlier one, and says so', () => {
    const article = articleWith(['abcdef']);
    const overlapping = [
      { field: 'body', block: 0, from: 1, to: 4, replacement: 'X' },
      { field: 'body', block: 0, from: 3, to: 5, replacement: 'Y' },
    ];
    const outcome = replaceInArticle(article, overlapping);
    expect(bodyBlocks(outcome.article.body)).toEqual(['aXef']);
    expect(outcome.skipped).toEqual([{ match: overlapping[1], reason: 'It overlaps another match.' }]);
  });

  it('keeps marks around the match; the replacement takes the marks of its first character', () => {
    const link = { type: 'link', attrs: { href: 'https://example.com' } };
    const comment = { type: 'comment', attrs: { id: 'c1' } };
    const article = withBody(p(t('Talks in '), t('Ki', [link]), t('ev', [link, { type: 'bold' }]), t(' went on', [comment])));
    const { article: out } = replaceAll(article, 'Kiev went', 'Kyiv carried');
    expect(out.body.content![0]!.content).toEqual([t('Talks in '), t('Kyiv carried', [link]), t(' on', [comment])]);
  });

  it('handles suggestions deliberately: not inside a suggested deletion; an insertion stays an insertion', () => {
    const insertion = { type: 'insertion', attrs: { id: 's1', author: 'Ann', date: '' } };
    const deletion = { type: 'deletion', attrs: { id: 's2', author: 'Ann', date: '' } };
    const article = withBody(p(t('Kiev', [deletion]), t(' and '), t('Kiev', [insertion])));
    const outcome = replaceAll(article, 'Kiev', 'Kyiv');
    expect(outcome.matches.map((m) => m.obstacle)).toEqual(['It is inside a suggested deletion: accept or reject that first.', null]);
    expect(outcome.article.body.content![0]!.content).toEqual([t('Kiev', [deletion]), t(' and '), t('Kyiv', [insertion])]);
    expect(outcome.applied).toHaveLength(1);
    const suggested = articleWith([], { headline: 'Kiev talks' });
    suggested.review.fields.headline = { base: 'Talks', author: 'Ann', date: '' };
    expect(replaceAll(suggested, 'Kiev', 'Kyiv').skipped[0]?.reason).toContain('open suggestion');
  });

  it('never swallows a line break, and numbers blocks as the checks do (Related teasers skipped, lists included)', () => {
    const article = withBody({ type: 'relatedTeaser', attrs: { title: 'Kiev' } }, p(t('Kiev'), { type: 'hardBreak' }, t('Kiev')), {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [p(t('in Kiev'))] }],
    });
    expect(textBlockNodes(article.body).length).toBe(bodyBlocks(article.body).length);
    const broken = replaceAll(article, 'Kiev\\nKiev', 'x', { regex: true });
    expect(broken.skipped.map((s) => s.reason)).toEqual(['It runs across a line break.']);
    const { article: out } = replaceAll(article, 'Kiev', 'Kyiv');
    expect(bodyBlocks(out.body)).toEqual(['Kyiv\nKyiv', 'in Kyiv']);
    expect(out.body.content![0]).toEqual({ type: 'relatedTeaser', attrs: { title: 'Kiev' } });
  });

  it('deletes with an empty replacement and leaves no empty text node', () => {
    const { article } = replaceAll(articleWith(['the the talks']), 'the ', '', { wholeWord: false });
    expect(article.body.content![0]).toEqual(p(t('talks')));
    expect(replaceAll(articleWith(['gone']), 'gone', '').article.body.content![0]).toEqual({ type: 'paragraph' });
  });

  it('refuses a match that no longer fits the text (a stale preview)', () => {
    const outcome = replaceInArticle(articleWith(['short']), [{ field: 'body', block: 0, from: 2, to: 40, replacement: 'x' }]);
    expect(outcome.applied).toEqual([]);
    expect(outcome.skipped[0]?.reason).toBe('The paragraph has changed since the search.');
  });

  it('shows each match in its context', () => {
    const long = `${'word '.repeat(30)}Kiev ${'more '.repeat(30)}`;
    const [match] = replaceAll(articleWith([long]), 'Kiev', 'Kyiv').matches;
    expect(match).toMatchObject({ text: 'Kiev', replacement: 'Kyiv' });
    expect(match!.before.startsWith('…')).toBe(true);
    expect(match!.after.endsWith('…')).toBe(true);
    expect(match!.before.length).toBeLessThan(60);
  });
});
