import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newArticle } from '../article/schema';
import { copyArticleState, fieldRoot, readArticle, writeArticle } from './articleDoc';
import { setText } from './textField';
import { refusal } from './roles';

const article = newArticle('11111111-1111-4111-8111-111111111111', new Date('2026-11-29T10:00:00Z'), {
  headline: 'Council votes',
  standfirst: 'A close vote',
  tags: ['politics'],
  leadImage: { asset: null, caption: 'The chamber', credit: 'Ada', alt: '' },
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The council voted.' }] }] },
});

describe('article as a Y.Doc', () => {
  it('round-trips every field', () => {
    const doc = new Y.Doc();
    writeArticle(doc, article);
    expect(readArticle(doc, newArticle(article.id, new Date()))).toEqual({ ...article, updatedAt: expect.any(String) });
  });

  it('merges two edits of one headline as text, not last-writer-wins', () => {
    const a = new Y.Doc();
    writeArticle(a, article);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeArticle(a, { ...article, headline: 'City Council votes' });
    writeArticle(b, { ...article, headline: 'Council votes no' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readArticle(a, article).headline).toBe('City Council votes no');
  });

  it('never splits an emoji when it sets text', () => {
    const text = new Y.Doc().getText('t');
    setText(text, 'flood 🌊 warning');
    setText(text, 'flood 🌧 warning');
    expect(text.toString()).toBe('flood 🌧 warning');
  });

  it('restores a snapshot as the smallest change', () => {
    const source = new Y.Doc();
    writeArticle(source, article);
    const target = new Y.Doc();
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source));
    writeArticle(target, { ...article, headline: 'Changed', status: 'editing' });
    copyArticleState(source, target);
    expect(readArticle(target, article)).toMatchObject({ headline: 'Council votes', status: 'draft' });
    expect(target.getText(fieldRoot('headline')).toString()).toBe('Council votes');
  });
});

describe('desk roles', () => {
  const meta = { status: 'draft' as const, owner: 'rita' };
  it('lets only a chief publish', () => {
    expect(refusal('editor', 'bo', { before: meta, after: { ...meta, status: 'published' }, resolvedSuggestions: 0 })).toMatch(
      /cannot publish/,
    );
    expect(refusal('chief', 'ada', { before: meta, after: { ...meta, status: 'published' }, resolvedSuggestions: 0 })).toBeNull();
  });
  it('lets a reporter resolve suggestions on their own story only', () => {
    expect(refusal('reporter', 'rita', { before: meta, after: meta, resolvedSuggestions: 2 })).toBeNull();
    expect(refusal('reporter', 'ron', { before: meta, after: meta, resolvedSuggestions: 1 })).toMatch(/suggestions/);
  });
  it('refuses a claim on someone else’s story', () => {
    expect(refusal('editor', 'bo', { before: meta, after: { ...meta, owner: 'bo' }, resolvedSuggestions: 0 })).toMatch(/owns/);
    expect(refusal('reporter', 'rita', { before: {}, after: { owner: 'ada' }, resolvedSuggestions: 0 })).toMatch(/owns/);
  });
});
