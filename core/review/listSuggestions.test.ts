import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../article/bodySchema';
import { listSuggestions } from './listSuggestions';
import { BLOCK_BOUNDARY } from './reviewMarks';

const ins = (id: string) => ({ type: 'insertion', attrs: { id, author: 'Ann Desk', date: '2026-11-29T10:00:00.000Z' } });
const del = (id: string) => ({ type: 'deletion', attrs: { id, author: 'Ann Desk', date: '2026-11-29T10:00:00.000Z' } });
const t = (text: string, marks?: BodyNode['marks']): BodyNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });
const item = (...content: BodyNode[]): BodyNode => ({ type: 'listItem', content: [p(...content)] });
const doc = (...content: BodyNode[]): BodyNode => ({ type: 'doc', content });
const cut = (id: string) => t(BLOCK_BOUNDARY, [ins(id)]);

describe('listSuggestions: what the review panel says about a suggested break', () => {
  it('Enter in a list item, then typing, is one new list item holding the typed words (not "¶¶new point")', () => {
    const body = doc({ type: 'bulletList', content: [item(t('first point'), cut('1')), item(cut('1'), t('new point', [ins('1')]))] });
    expect(listSuggestions(body)).toMatchObject([{ id: '1', kind: 'item', inserted: 'new point', deleted: '' }]);
  });

  it('Enter in a paragraph, then typing, is a new paragraph; Enter alone says only that', () => {
    const typed = doc(p(t('Lead.'), cut('2')), p(cut('2'), t('More.', [ins('2')])));
    expect(listSuggestions(typed)).toMatchObject([{ kind: 'split', inserted: 'More.' }]);
    const bare = doc(p(t('The mayor said '), cut('3')), p(cut('3'), t('that it would.')));
    expect(listSuggestions(bare)).toMatchObject([{ kind: 'split', inserted: '' }]);
  });

  it('a join reads as one, and a break inside typed words shows as a single ¶', () => {
    const join = doc(p(t('One.'), t(BLOCK_BOUNDARY, [del('4')])), p(t(BLOCK_BOUNDARY, [del('4')]), t('Two.')));
    expect(listSuggestions(join)).toMatchObject([{ kind: 'join', deleted: '', inserted: '' }]);
    const across = doc(p(t('A'), t('one', [ins('5')]), cut('5')), p(cut('5'), t('two', [ins('5')]), t('B')));
    expect(listSuggestions(across)).toMatchObject([{ kind: 'insert', inserted: 'one¶two' }]);
  });
});
