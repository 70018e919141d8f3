import { describe, expect, it } from 'vitest';
import { ArticleSchema, emptyNewsroom, newArticle, SCHEMA_VERSION } from '../article/schema';
import { emptyReview } from '../review/reviewSchema';
import { EXAMPLE_MIGRATIONS, v0ArticleJson, V0_TO_V1 } from './exampleMigrations.fixtures';
import { ARTICLE_MIGRATIONS, migrateArticle, MigrationError, schemaVersionOf, type ArticleMigration } from './migrations';

const ID = '0b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10';

describe('migrateArticle', () => {
  it('upgrades a version-0 file: tags split, related and language added', () => {
    const { article, fromVersion } = migrateArticle(v0ArticleJson(ID), EXAMPLE_MIGRATIONS);
    expect(fromVersion).toBe(0);
    expect(article.schemaVersion).toBe(SCHEMA_VERSION);
    expect(article.review).toEqual(emptyReview());
    expect(article.tags).toEqual(['Leeds', 'council', 'budget']);
    expect(article.related).toEqual([]);
    expect(article.language).toBe('en');
    expect(article.headline).toBe('Council agrees budget');
    expect(ArticleSchema.safeParse(article).success).toBe(true);
  });

  it('reads a version-0 file with no tags at all', () => {
    const { tags: _tags, ...noTags } = v0ArticleJson(ID);
    expect(migrateArticle(noTags, EXAMPLE_MIGRATIONS).article.tags).toEqual([]);
  });

  it('does not change the object it was given (the caller keeps it as the original)', () => {
    const original = v0ArticleJson(ID);
    const copy = structuredClone(original);
    migrateArticle(original, EXAMPLE_MIGRATIONS);
    expect(original).toEqual(copy);
  });

  it('passes a current file through, validated', () => {
    const current = newArticle(ID, new Date('2026-01-01T00:00:00.000Z'), { headline: 'Now' });
    expect(migrateArticle(current)).toEqual({ article: current, fromVersion: SCHEMA_VERSION });
  });

  it('chains steps in order', () => {
    const steps: ArticleMigration[] = [
      { from: 1, migrate: (j) => ({ ...j, review: emptyReview(), headline: `${String(j.headline)} +2` }) },
      V0_TO_V1,
      { from: 2, migrate: (j) => ({ ...j, headline: `${String(j.headline)} +3` }) },
    ];
    const { article, fromVersion } = migrateArticle(v0ArticleJson(ID), steps, 3);
    expect(fromVersion).toBe(0);
    expect(article.schemaVersion).toBe(3);
    expect(article.headline).toBe('Council agrees budget +2 +3');
  });

  it('opens a version-1 file (before review data) unchanged, with an empty review', () => {
    const {
      review: _review,
      newsroom: _newsroom,
      ...v1
    } = {
      ...newArticle(ID, new Date('2026-01-01T00:00:00.000Z'), { headline: 'Then', tags: ['a'] }),
      schemaVersion: 1,
    };
    const { article, fromVersion } = migrateArticle(v1);
    expect(fromVersion).toBe(1);
    expect(article).toEqual({ ...v1, schemaVersion: SCHEMA_VERSION, review: emptyReview(), newsroom: emptyNewsroom() });
  });

  it('refuses a version it has no step for', () => {
    expect(() => migrateArticle(v0ArticleJson(ID), ARTICLE_MIGRATIONS)).toThrow(/no upgrade from schema version 0/);
  });

  it('refuses a newer version instead of guessing', () => {
    expect(() => migrateArticle({ ...v0ArticleJson(ID), schemaVersion: 7 }, EXAMPLE_MIGRATIONS)).toThrow(/schema version 7/);
  });

  it('refuses a file without a usable schema version', () => {
    for (const bad of [null, [], 'text', {}, { schemaVersion: '1' }, { schemaVersion: 1.5 }, { schemaVersion: -1 }]) {
      expect(() => migrateArticle(bad, EXAMPLE_MIGRATIONS)).toThrow(MigrationError);
    }
  });

  it('reports a step that throws, with its version', () => {
    const err = (() => {
      try {
        migrateArticle(v0ArticleJson(ID, { tags: 42 }), EXAMPLE_MIGRATIONS);
      } catch (error) {
        return error as MigrationError;
      }
    })();
    expect(err?.code).toBe('migration_failed');
    expect(err?.message).toMatch(/from schema version 0 failed: tags must be a comma-separated string/);
  });

  it('reports an upgrade that does not validate, naming the field', () => {
    expect(() => migrateArticle(v0ArticleJson(ID, { headline: 7 }), EXAMPLE_MIGRATIONS)).toThrow(/headline/);
  });
});

describe('schemaVersionOf', () => {
  it('reads non-negative integers only', () => {
    expect(schemaVersionOf({ schemaVersion: 0 })).toBe(0);
    expect(schemaVersionOf({ schemaVersion: 3 })).toBe(3);
    expect(schemaVersionOf({ schemaVersion: '3' })).toBeNull();
    expect(schemaVersionOf([1])).toBeNull();
    expect(schemaVersionOf(null)).toBeNull();
  });
});

describe('version 2 to 3: the newsroom fields', () => {
  const v2 = (extra: Record<string, unknown> = {}) => {
    const { newsroom: _n, ...rest } = newArticle('55555555-5555-4555-8555-555555555555', new Date('2026-01-01T00:00:00Z'), {
      headline: 'Old',
    });
    return { ...rest, schemaVersion: 2, ...extra };
  };

  it('adds empty newsroom fields to a version-2 file and validates', () => {
    const { article, fromVersion } = migrateArticle(v2());
    expect(fromVersion).toBe(2);
    expect(article).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      headline: 'Old',
      newsroom: { embargoUntil: null, notes: [], withdrawal: null, ignoredChecks: [] },
    });
  });

  it('refuses a version-2 file that already claims newsroom fields', () => {
    expect(() => migrateArticle(v2({ newsroom: {} }))).toThrow(/upgrade from schema version 2 failed/);
  });

  it('takes a version-1 file through both steps: review, then newsroom', () => {
    const { review: _r, ...v1 } = v2();
    const { article } = migrateArticle({ ...v1, schemaVersion: 1 });
    expect(article.schemaVersion).toBe(SCHEMA_VERSION);
    expect(article.review).toBeDefined();
    expect(article.newsroom.notes).toEqual([]);
  });
});

describe('version 3 to 4: comments anchored in fields', () => {
  const v3 = (comments: unknown[]) => {
    const article = newArticle('66666666-6666-4666-8666-666666666666', new Date('2026-01-01T00:00:00Z'), { headline: 'Old' });
    return { ...article, schemaVersion: 3, review: { ...article.review, comments } };
  };
  const bodyComment = {
    id: 'c1',
    parentId: null,
    author: 'Ana',
    initials: 'A',
    date: '2026-01-01T00:00:00.000Z',
    text: 'Check this',
    resolved: false,
    quote: 'Old',
  };

  it('opens a version-3 file unchanged but for its version', () => {
    const json = v3([bodyComment]);
    const { article, fromVersion } = migrateArticle(json);
    expect(fromVersion).toBe(3);
    expect(article).toEqual({ ...json, schemaVersion: 4 });
    expect(article.review.comments[0]!.fieldAnchor).toBeUndefined();
  });

  it('refuses a version-3 file whose comments already claim field anchors', () => {
    const json = v3([{ ...bodyComment, fieldAnchor: { field: 'headline', start: 0, end: 3 } }]);
    expect(() => migrateArticle(json)).toThrow(/upgrade from schema version 3 failed/);
  });

  it('validates field anchors in a version-4 file', () => {
    const ok = { ...v3([{ ...bodyComment, fieldAnchor: { field: 'headline', start: 0, end: 3 } }]), schemaVersion: 4 };
    expect(migrateArticle(ok).article.review.comments[0]!.fieldAnchor).toEqual({ field: 'headline', start: 0, end: 3 });
    const backwards = {
      ...ok,
      review: { ...ok.review, comments: [{ ...bodyComment, fieldAnchor: { field: 'headline', start: 3, end: 1 } }] },
    };
    expect(() => migrateArticle(backwards)).toThrow(/must not end before it starts/);
    const unknownField = {
      ...ok,
      review: { ...ok.review, comments: [{ ...bodyComment, fieldAnchor: { field: 'body', start: 0, end: 1 } }] },
    };
    expect(() => migrateArticle(unknownField)).toThrow(/fieldAnchor/);
  });
});
