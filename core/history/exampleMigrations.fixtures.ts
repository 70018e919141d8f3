import { ARTICLE_MIGRATIONS, type ArticleMigration } from './migrations';

/**
 * A worked example for tests, not a real format: "version 0" had no `related` and no `language`, and
 * kept tags as one comma-separated string. It shows the shape a real step takes (and is what the store's
 * migration tests run) while ARTICLE_MIGRATIONS is still empty.
 */
export const V0_TO_V1: ArticleMigration = {
  from: 0,
  migrate(json) {
    const { tags, ...rest } = json;
    if (tags !== undefined && typeof tags !== 'string') throw new Error('tags must be a comma-separated string in version 0');
    const split = (tags ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    return { ...rest, tags: [...new Set(split)], related: [], language: 'en' };
  },
};

/** The imagined step from 0, then the real steps from 1 on. */
export const EXAMPLE_MIGRATIONS: readonly ArticleMigration[] = [V0_TO_V1, ...ARTICLE_MIGRATIONS];

/** A version-0 file as the imagined older Copydesk wrote it. */
export function v0ArticleJson(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 0,
    id,
    slug: 'council-budget',
    section: 'LOCAL',
    headline: 'Council agrees budget',
    standfirst: 'Libraries stay open.',
    byline: 'A Reporter',
    dateline: 'LEEDS',
    leadImage: null,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The council met on Tuesday.' }] }] },
    source: '',
    tags: 'Leeds, council , budget,,Leeds',
    status: 'editing',
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:30:00.000Z',
    publishedAt: null,
    ...overrides,
  };
}
