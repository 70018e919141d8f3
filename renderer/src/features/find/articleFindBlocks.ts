import type { Editor } from '@tiptap/core';
import type { Article } from '../../../../core/article/schema';
import { FIND_FIELDS, FIND_FIELD_NAMES, type FindBlock, type FindField, type FindMatch } from '../../../../core/checks/find';
import { blockText, bodyBlockPositions, spanToRange } from '../checks/bodyPositions';

/** The in-article find's fields: the same list the library-wide replace uses. */
export const FINDABLE_FIELDS = FIND_FIELDS;
export type FindableField = FindField;
export const FIELD_NAMES = FIND_FIELD_NAMES;

/** The chosen fields' text blocks: the body's from the live editor, the others from the article. */
export function articleFindBlocks(editor: Editor | null, article: Article, fields: ReadonlySet<FindableField>): FindBlock[] {
  const blocks: FindBlock[] = [];
  if (fields.has('headline')) blocks.push({ field: 'headline', block: 0, text: article.headline });
  if (fields.has('standfirst')) blocks.push({ field: 'standfirst', block: 0, text: article.standfirst });
  if (fields.has('caption') && article.leadImage) blocks.push({ field: 'caption', block: 0, text: article.leadImage.caption });
  if (fields.has('body') && editor)
    bodyBlockPositions(editor.state.doc).forEach((b, i) => blocks.push({ field: 'body', block: i, text: blockText(b) }));
  return blocks;
}

/** Body matches as document ranges (null when the document has moved on since the search). */
export function bodyRanges(editor: Editor, matches: readonly FindMatch[]): Array<{ match: FindMatch; from: number; to: number } | null> {
  const blocks = bodyBlockPositions(editor.state.doc);
  return matches.map((match) => {
    if (match.field !== 'body') return null;
    const range = spanToRange(blocks, match.block, match.from, match.to);
    return range ? { match, ...range } : null;
  });
}
