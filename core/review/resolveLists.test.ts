import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../article/bodySchema';
import { resolveAll, resolveIds } from './resolveSuggestions';

// Documents as the editor makes them in suggesting mode (TipTap 3.34, the package 0.1.8, the stamp
// plugin), captured from the browser host; ids, authors and dates shortened.
const Z = '\u200B';
const mark = (type: 'insertion' | 'deletion', id = 's1') => [{ type, attrs: { id, author: 'Ann Desk', date: '2026-11-30T00:00:00.000Z' } }];
const t = (text: string, marks?: BodyNode['marks']): BodyNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: BodyNode[]): BodyNode => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' });
const li = (...content: BodyNode[]): BodyNode => ({ type: 'listItem', content });
const ul = (items: BodyNode[], marks?: BodyNode['marks']): BodyNode =>
  marks ? { type: 'bulletList', content: items, marks } : { type: 'bulletList', content: items };
const doc = (...content: BodyNode[]): BodyNode => ({ type: 'doc', content });
const withMarks = (node: BodyNode, marks: BodyNode['marks']): BodyNode => ({ ...node, marks });

const list = ul([li(p(t('first point'))), li(p(t('second point')))]);
const original = doc(p(t('The mayor spoke.')), p(t('Engineers disagree.')), list, p());

describe('a list item made with Enter', () => {
  // Enter at the end of "first point", then "new point": the boundary character shares the new text's node.
  const typed = doc(
    p(t('The mayor spoke.')),
    p(t('Engineers disagree.')),
    ul([li(p(t('first point'), t(Z, mark('insertion')))), li(p(t(`${Z}new point`, mark('insertion')))), li(p(t('second point')))]),
    p(),
  );
  // Enter with nothing typed after it: the new item holds only the other half of the break.
  const empty = doc(
    p(t('The mayor spoke.')),
    p(t('Engineers disagree.')),
    ul([li(p(t('first point'), t(Z, mark('insertion')))), li(p(t(Z, mark('insertion')))), li(p(t('second point')))]),
    p(),
  );

  it('rejected, all or by its id, gives the list back exactly', () => {
    for (const body of [typed, empty]) {
      expect(resolveAll(body, 'reject')).toEqual(original);
      expect(resolveIds(body, ['s1'], 'reject')).toEqual(original);
    }
  });

  it('accepted, is a clean new item (no boundary character left in its text)', () => {
    const items = (body: BodyNode) => resolveAll(body, 'accept').content![2]!.content!;
    expect(items(typed)).toEqual([li(p(t('first point'))), li(p(t('new point'))), li(p(t('second point')))]);
    expect(items(empty)).toEqual([li(p(t('first point'))), li(p()), li(p(t('second point')))]);
  });

  it('an empty paragraph made with Enter does not take the next paragraph with it when rejected', () => {
    const body = doc(p(t('One.'), t(Z, mark('insertion'))), p(t(Z, mark('insertion'))), p(t('Two.')));
    expect(resolveAll(body, 'reject')).toEqual(doc(p(t('One.')), p(t('Two.'))));
    expect(resolveAll(body, 'accept')).toEqual(doc(p(t('One.')), p(), p(t('Two.'))));
  });
});

describe('a paragraph turned into a list', () => {
  const asList = (after: BodyNode[]) =>
    doc(
      p(t('The mayor spoke.')),
      withMarks(p(t('Engineers disagree.')), mark('deletion')),
      ul([li(p(t('Engineers disagree.')))], mark('insertion')),
      ...after,
    );

  it('beside another list: rejected gives the paragraph back, accepted the list', () => {
    const body = asList([list, p()]);
    expect(resolveAll(body, 'reject')).toEqual(original);
    expect(resolveIds(body, ['s1'], 'reject')).toEqual(original);
    expect(resolveAll(body, 'accept')).toEqual(doc(p(t('The mayor spoke.')), ul([li(p(t('Engineers disagree.')))]), list, p()));
  });

  it('ending the story: the empty paragraph TipTap adds after the list goes with it on reject, stays on accept', () => {
    const alone = doc(p(t('The mayor spoke.')), p(t('Engineers disagree.')));
    const body = asList([p()]);
    expect(resolveAll(body, 'reject')).toEqual(alone);
    expect(resolveIds(body, ['s1'], 'reject')).toEqual(alone);
    expect(resolveAll(body, 'accept')).toEqual(doc(p(t('The mayor spoke.')), ul([li(p(t('Engineers disagree.')))]), p()));
  });
});
