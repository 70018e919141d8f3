import { ArticleSchema, SCHEMA_VERSION, type Article } from '../article/schema';
import { CopydeskError } from '../errors';
import { emptyReview } from '../review/reviewSchema';

/** One step of the stored shape: takes a file at version `from` to `from + 1`. */
export interface ArticleMigration {
  from: number;
  /** Gets the parsed JSON of a version-`from` file; returns the next version's shape (schemaVersion is set for it). */
  migrate(json: Record<string, unknown>): Record<string, unknown>;
}

/** Version 3 (issue 15) adds the newsroom fields (embargo, notes, withdrawal, ignored checks), all empty. */
export const V2_TO_V3: ArticleMigration = {
  from: 2,
  migrate(json) {
    const { newsroom, ...rest } = json;
    if (newsroom !== undefined) throw new Error('a version-2 file has no newsroom fields');
    return { ...rest, newsroom: { embargoUntil: null, notes: [], withdrawal: null, ignoredChecks: [] } };
  },
};

/**
 * Version 4 (issue 14) lets a comment anchor in a field (`fieldAnchor` on the thread's root). Nothing in a
 * version-3 file changes; the bump is there so that a Copydesk that reads only version 3 refuses a newer
 * file (read-only) instead of dropping the anchors it does not know when it saves.
 */
export const V3_TO_V4: ArticleMigration = {
  from: 3,
  migrate(json) {
    const comments = (json.review as { comments?: unknown } | undefined)?.comments;
    if (Array.isArray(comments) && comments.some((c) => typeof c === 'object' && c !== null && 'fieldAnchor' in c))
      throw new Error('a version-3 file has no comments anchored in fields');
    return json;
  },
};

/**
 * The real registry, one step per version (see exampleMigrations.fixtures.ts for the shape).
 * 1 → 2 (issue 14): the article gains `review` (comments, field suggestions, editor's note, sign-offs),
 * empty for an older file; nothing else changes, so the older article opens as it was.
 * 2 → 3 (issue 15): the article gains `newsroom` (embargo, notes, withdrawal, ignored checks), empty.
 * 3 → 4 (issue 14): comments may anchor in a field; a version-3 file is already valid.
 */
export const ARTICLE_MIGRATIONS: readonly ArticleMigration[] = [
  { from: 1, migrate: (json) => ({ ...json, review: emptyReview() }) },
  V2_TO_V3,
  V3_TO_V4,
];

export class MigrationError extends CopydeskError {
  constructor(message: string) {
    super('migration_failed', message);
    this.name = 'MigrationError';
  }
}

/** The schemaVersion a parsed file claims, or null when it has none we can trust. */
export function schemaVersionOf(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/**
 * Brings a parsed article file up to `target`, step by step, and validates the result. The input is not
 * changed (the caller keeps it as the original). Newer files are refused: guessing at a newer shape and
 * saving it back would lose whatever the newer Copydesk added.
 */
export function migrateArticle(
  json: unknown,
  migrations: readonly ArticleMigration[] = ARTICLE_MIGRATIONS,
  target: number = SCHEMA_VERSION,
): { article: Article; fromVersion: number } {
  const fromVersion = schemaVersionOf(json);
  if (fromVersion === null) throw new MigrationError('The file has no schema version, so Copydesk cannot tell how to read it.');
  if (fromVersion > target)
    throw new MigrationError(`The file has schema version ${fromVersion}; this Copydesk knows versions up to ${target}.`);
  let current = structuredClone(json) as Record<string, unknown>;
  for (let version = fromVersion; version < target; version += 1) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new MigrationError(`Copydesk has no upgrade from schema version ${version}.`);
    try {
      current = { ...step.migrate(current), schemaVersion: version + 1 };
    } catch (error) {
      throw new MigrationError(`The upgrade from schema version ${version} failed: ${(error as Error).message}`);
    }
  }
  const parsed = ArticleSchema.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MigrationError(
      `After the upgrade from schema version ${fromVersion}, ${issue?.path.join('.') || 'the article'}: ${issue?.message ?? 'invalid'}.`,
    );
  }
  return { article: parsed.data, fromVersion };
}
