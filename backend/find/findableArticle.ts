import type { Article } from '../../core/article/schema';
import type { BodyNode } from '../../core/article/bodySchema';
import { isBodyNodeType } from '../../core/article/bodyVocabulary';
import { SUGGESTION_MARKS } from '../../core/review/reviewMarks';
import { findBlocksOf } from '../../core/checks/replace/libraryFind';
import { REPLACE_FIELDS } from '../../core/checks/replace/replaceInArticle';
import type { FindBlock } from '../../core/checks/find';

/** The parts of a stored article the library find reads; anything odd in a hand-edited file reads as empty. */
export type FindableArticle = Pick<Article, 'headline' | 'standfirst' | 'leadImage' | 'body' | 'review'>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function findableArticle(raw: unknown): FindableArticle {
  const json = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const image = json.leadImage as Record<string, unknown> | null | undefined;
  const review = json.review as Record<string, unknown> | undefined;
  const fields = typeof review?.fields === 'object' && review.fields !== null ? review.fields : {};
  const body = typeof json.body === 'object' && json.body !== null ? (json.body as BodyNode) : { type: 'doc' };
  return {
    headline: text(json.headline),
    standfirst: text(json.standfirst),
    leadImage: image && typeof image === 'object' ? { asset: null, caption: text(image.caption), credit: '', alt: '' } : null,
    body,
    review: { comments: [], fields: fields as Article['review']['fields'], editorNote: '', signOffs: [] },
  };
}

/**
 * What the worker keeps of an article between searches: its text blocks (all four fields), and whether
 * anything in it could stop a replacement (a suggestion, an inline node that is not text). Only such an
 * article is read again to say why; the body JSON itself is not kept (190 MB at 10,000 articles).
 */
export interface CachedFindable {
  updatedAt: string;
  headline: string;
  blocks: FindBlock[];
  mayObstruct: boolean;
}

export function cacheEntry(updatedAt: string, article: FindableArticle): CachedFindable {
  return {
    updatedAt,
    headline: article.headline,
    blocks: findBlocksOf(article, REPLACE_FIELDS),
    mayObstruct: Object.keys(article.review.fields).length > 0 || hasObstruction(article.body),
  };
}

function hasObstruction(body: BodyNode): boolean {
  const stack: BodyNode[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'hardBreak' || !isBodyNodeType(node.type) || node.marks?.some((m) => SUGGESTION_MARKS.has(m.type))) return true;
    if (node.content) for (const child of node.content) stack.push(child);
  }
  return false;
}
