import { z } from 'zod';
import { ArticleSchema, ArticleStatusSchema, SCHEMA_VERSION, type Article } from '../article/schema';
import type { IndexEntry } from '../library/indexEntry';
import { ARTICLE_MIGRATIONS, migrateArticle, schemaVersionOf, type ArticleMigration } from './migrations';

/** What an article file turned out to hold, decided before anything is written back. */
export type ArticleJson =
  | { kind: 'current'; article: Article }
  /** An older Copydesk wrote it: `article` is the upgrade, `original` the parsed file as it stands. */
  | { kind: 'older'; article: Article; fromVersion: number; original: unknown }
  /** A newer Copydesk wrote it: shown if our schema can read it (article), never written back. */
  | { kind: 'newer'; article: Article | null; version: number; original: unknown }
  | { kind: 'unreadable'; reason: string };

/**
 * Reads an article file's text. The schema version is looked at before validating, because
 * ArticleSchema accepts any version >= 1, and a newer file that happens to validate must still not be
 * saved over.
 */
export function interpretArticleText(
  text: string,
  migrations: readonly ArticleMigration[] = ARTICLE_MIGRATIONS,
  known: number = SCHEMA_VERSION,
): ArticleJson {
  if (text.trim() === '') return { kind: 'unreadable', reason: 'The file is empty.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'unreadable', reason: `The file is not valid JSON (${(error as Error).message}).` };
  }
  return interpretArticleJson(json, migrations, known);
}

export function interpretArticleJson(
  json: unknown,
  migrations: readonly ArticleMigration[] = ARTICLE_MIGRATIONS,
  known: number = SCHEMA_VERSION,
): ArticleJson {
  const version = schemaVersionOf(json);
  if (version !== null && version > known) {
    const parsed = ArticleSchema.safeParse(json);
    return { kind: 'newer', article: parsed.success ? parsed.data : null, version, original: json };
  }
  if (version !== null && version < known) {
    try {
      return { kind: 'older', ...migrateArticle(json, migrations, known), original: json };
    } catch (error) {
      return { kind: 'unreadable', reason: `The file is from an older Copydesk and could not be upgraded: ${(error as Error).message}` };
    }
  }
  const parsed = ArticleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'the file';
    return { kind: 'unreadable', reason: `The file is not a Copydesk article: ${where}: ${issue?.message ?? 'invalid'}.` };
  }
  return { kind: 'current', article: parsed.data };
}

const LooseSchema = z.object({
  id: z.uuid(),
  slug: z.string().catch(''),
  headline: z.string().catch(''),
  section: z.string().catch(''),
  status: ArticleStatusSchema.catch('draft'),
  byline: z.string().catch(''),
  createdAt: z.string().catch(''),
  updatedAt: z.string().catch(''),
});

/**
 * A library entry for a newer file our schema cannot read: enough to list it (read-only) so it does not
 * vanish from the library. Null when even the id is unusable; such a file is quarantined instead.
 */
export function looseIndexEntry(json: unknown, trashedAt: string | null = null): IndexEntry | null {
  const parsed = LooseSchema.safeParse(json);
  if (!parsed.success) return null;
  const { id, slug, headline, section, status, byline, createdAt, updatedAt } = parsed.data;
  return { id, slug, headline, section, status, byline, tags: [], words: 0, createdAt, updatedAt, publishedAt: null, trashedAt };
}
