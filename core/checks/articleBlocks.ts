import type { Article } from '../article/schema';
import { bodyBlocks } from '../text/bodyText';
import type { CheckField } from './types';

export interface CheckBlock {
  field: CheckField;
  block: number;
  text: string;
}

/** Fields written as prose get every rule; the short labels (byline, section…) get the house list only. */
export const PROSE_FIELDS: ReadonlySet<CheckField> = new Set(['headline', 'standfirst', 'body', 'caption', 'alt']);

/** Every checked block of an article, in reading order. Body blocks are numbered as bodyBlocks numbers them. */
export function articleBlocks(
  article: Pick<Article, 'headline' | 'standfirst' | 'byline' | 'dateline' | 'section' | 'source' | 'leadImage' | 'body'>,
): CheckBlock[] {
  const single = (field: CheckField, text: string | undefined): CheckBlock[] => (text ? [{ field, block: 0, text }] : []);
  return [
    ...single('section', article.section),
    ...single('headline', article.headline),
    ...single('standfirst', article.standfirst),
    ...single('byline', article.byline),
    ...single('dateline', article.dateline),
    ...single('caption', article.leadImage?.caption),
    ...single('credit', article.leadImage?.credit),
    ...single('alt', article.leadImage?.alt),
    ...bodyBlocks(article.body).map((text, block) => ({ field: 'body' as const, block, text })),
    ...single('source', article.source),
  ];
}
