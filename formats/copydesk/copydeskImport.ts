import { ArticleSchema } from '../../core/article/schema';
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
  const parsed = ArticleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError('invalid_schema', `This is not a valid Copydesk article: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}.`);
  }
  const stamp = context.now.toISOString();
  // The body goes through the one allow-list like every other import: a file from anywhere may carry
  // nodes, marks or link targets the editor would never have made.
  const body = htmlToBody(bodyToHtml(parsed.data.body));
  return {
    article: { ...parsed.data, body, id: context.id, createdAt: stamp, updatedAt: stamp },
    warnings: [],
    recognised: ['section', 'headline', 'standfirst', 'byline', 'dateline', 'body', 'related', 'source', 'tags', 'language', 'slug'],
  };
}
