import { describe, expect, it } from 'vitest';
import { newArticle, SCHEMA_VERSION } from '../article/schema';
import { interpretArticleText, looseIndexEntry } from './articleJson';
import { EXAMPLE_MIGRATIONS, v0ArticleJson } from './exampleMigrations.fixtures';

const ID = '0b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10';
const current = newArticle(ID, new Date('2026-01-01T00:00:00.000Z'), { headline: 'Now' });

describe('interpretArticleText', () => {
  it('reads a current file', () => {
    expect(interpretArticleText(JSON.stringify(current))).toEqual({ kind: 'current', article: current });
  });

  it.each([
    ['an empty file', '', /empty/],
    ['whitespace only', ' \n\t', /empty/],
    ['truncated JSON', JSON.stringify(current).slice(0, 80), /not valid JSON/],
    ['valid JSON of the wrong shape', '{"id":"x","headline":5}', /not a Copydesk article/],
    ['a JSON array', '[1,2]', /not a Copydesk article/],
    ['a current version with a bad field', JSON.stringify({ ...current, status: 'filed' }), /not a Copydesk article: status/],
  ])('calls %s unreadable, with a reason', (_name, text, reason) => {
    const result = interpretArticleText(text);
    expect(result.kind).toBe('unreadable');
    expect(result.kind === 'unreadable' && result.reason).toMatch(reason);
  });

  it('upgrades an older file and keeps the original as parsed', () => {
    const v0 = v0ArticleJson(ID);
    const result = interpretArticleText(JSON.stringify(v0), EXAMPLE_MIGRATIONS);
    expect(result.kind).toBe('older');
    if (result.kind !== 'older') return;
    expect(result.fromVersion).toBe(0);
    expect(result.original).toEqual(v0);
    expect(result.article.tags).toEqual(['Leeds', 'council', 'budget']);
  });

  it('calls an older file it cannot upgrade unreadable', () => {
    const result = interpretArticleText(JSON.stringify(v0ArticleJson(ID)), []);
    expect(result).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/older Copydesk.*no upgrade/) });
  });

  it('recognises a newer file before validating, and shows it when our schema can read it', () => {
    const result = interpretArticleText(JSON.stringify({ ...current, schemaVersion: SCHEMA_VERSION + 1, mood: 'new field' }));
    expect(result).toMatchObject({
      kind: 'newer',
      version: SCHEMA_VERSION + 1,
      article: { headline: 'Now', schemaVersion: SCHEMA_VERSION + 1 },
    });
  });

  it('keeps a newer file it cannot validate, without an article', () => {
    const result = interpretArticleText(JSON.stringify({ schemaVersion: 5, id: ID, headline: 'Future', body: 'a new body format' }));
    expect(result).toMatchObject({ kind: 'newer', version: 5, article: null });
  });
});

describe('looseIndexEntry', () => {
  it('lists what it can of a newer file', () => {
    expect(looseIndexEntry({ id: ID, headline: 'Future', status: 'someday', updatedAt: '2030-01-01T00:00:00.000Z' }, null)).toMatchObject({
      id: ID,
      headline: 'Future',
      status: 'draft',
      words: 0,
      updatedAt: '2030-01-01T00:00:00.000Z',
      trashedAt: null,
    });
  });

  it('gives up without an id', () => {
    expect(looseIndexEntry({ headline: 'No id' })).toBeNull();
    expect(looseIndexEntry('nope')).toBeNull();
  });
});
