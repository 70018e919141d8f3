import { ArticleSchema, SCHEMA_VERSION, type Article } from '../../core/article/schema';
import { migrateArticle, schemaVersionOf } from '../../core/history/migrations';
import { keepReviewMarks } from '../../core/review/safeReviewBody';
import { htmlToBody } from '../../core/html/htmlToBody';
import { ImportError, type ImportContext, type ImportResult } from '../../core/import/importTypes';
import { bodyToHtml } from '../../render/html/bodyToHtml';

/** Copydesk's own article file: validated whole, then given a fresh id so it never overwrites another. */
export function importCopydeskJson(text: string, context: ImportContext): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError('invalid_json', `This file is not valid JSON: ${(error as Error).message}. It may be damaged.`);
  }
  const data = readArticle(json);
  const stamp = context.now.toISOString();
  // The body goes through the one allow-list like every other import: a file from anywhere may carry
  // nodes, marks or link targets the editor would never have made. Suggestions and comment anchors are
  // kept when the allow-list finds nothing else to change.
  const { body, kept } = keepReviewMarks(data.body, (b) => htmlToBody(bodyToHtml(b)));
  return {
    article: { ...data, body, id: context.id, createdAt: stamp, updatedAt: stamp },
    warnings: kept
      ? []
      : [
          {
            field: 'review',
            message:
              'The body had content Copydesk does not allow, so it was cleaned, and its suggestions and comment anchors were dropped with it (the comments are kept, not anchored).',
          },
        ],
    recognised: ['section', 'headline', 'standfirst', 'byline', 'dateline', 'body', 'related', 'source', 'tags', 'language', 'slug'],
  };
}

/** A current file is validated as it is; an older one is upgraded as the store would upgrade it. */
function readArticle(json: unknown): Article {
  const version = schemaVersionOf(json);
  if (version !== null && version < SCHEMA_VERSION) {
    try {
      return migrateArticle(json).article;
    } catch (error) {
      throw new ImportError('invalid_schema', `This is not a valid Copydesk article: ${(error as Error).message}`);
    }
  }
  const parsed = ArticleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(
      'invalid_schema',
      `This is not a valid Copydesk article: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}.`,
    );
  }
  return parsed.data;
}
