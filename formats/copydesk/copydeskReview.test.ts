import { SCHEMA_VERSION } from '../../core/article/schemaVersion';
import { describe, expect, it } from 'vitest';
import { reviewedArticle } from '../docx/reviewedArticle.fixtures';
import { importCopydeskJson } from './copydeskImport';

const context = { id: '2b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10', now: new Date('2026-11-29T12:00:00.000Z') };

describe('Copydesk JSON carries review', () => {
  it('keeps suggestions and comment anchors through the import allow-list', () => {
    const article = reviewedArticle();
    const result = importCopydeskJson(JSON.stringify(article), context);
    expect(result.article.body).toEqual(article.body);
    expect(result.article.review).toEqual(article.review);
    expect(result.warnings).toEqual([]);
  });

  it('drops review marks only with the rest of a body the allow-list had to clean, and says so', () => {
    const article = reviewedArticle();
    const hostile = {
      ...article,
      body: {
        type: 'doc',
        content: [
          ...article.body.content!,
          { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        ],
      },
    };
    const result = importCopydeskJson(JSON.stringify(hostile), context);
    expect(JSON.stringify(result.article.body)).not.toMatch(/javascript|"insertion"/);
    expect(result.warnings[0]!.message).toMatch(/suggestions and comment anchors were dropped/);
  });

  it('opens a version-1 file (before review) with an empty review', () => {
    // A version-1 file predates both the review (version 2) and the newsroom fields (version 3).
    const {
      review: _review,
      newsroom: _newsroom,
      ...v1
    } = {
      ...reviewedArticle(),
      schemaVersion: 1,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Old.' }] }] },
    };
    const result = importCopydeskJson(JSON.stringify(v1), context);
    expect(result.article.review).toEqual({ comments: [], fields: {}, editorNote: '', signOffs: [] });
    expect(result.article.schemaVersion).toBe(SCHEMA_VERSION);
  });
});
