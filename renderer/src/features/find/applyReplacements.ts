import type { Editor } from '@tiptap/core';
import type { Article } from '../../../../core/article/schema';
import { replaceInText, type FindBlock, type FindMatch } from '../../../../core/checks/find';
import type { ArticlePatch } from '../editor/ArticleFields';
import { bodyRanges } from './articleFindBlocks';

/**
 * Puts each chosen match's replacement in place: the body in one transaction (one undo step), the other
 * fields as one patch. The matches must come from a search of the text as it is now, with the
 * replacement as it is now (see FindReplaceBar's `replace`).
 */
export function applyReplacements(
  editor: Editor | null,
  current: Article,
  update: (patch: ArticlePatch) => void,
  chosen: readonly FindMatch[],
): void {
  if (chosen.length === 0) return;
  if (editor) {
    const ranges = bodyRanges(editor, chosen).filter((r) => r !== null);
    if (ranges.length > 0) {
      // Replaced from the end, so earlier positions stay valid.
      const { tr } = editor.state;
      for (const r of [...ranges].sort((a, b) => b.from - a.from)) {
        if (r.match.replacement === '') tr.delete(r.from, r.to);
        else tr.insertText(r.match.replacement ?? '', r.from, r.to);
      }
      editor.view.dispatch(tr);
    }
  }
  const patch: ArticlePatch = {};
  for (const field of ['headline', 'standfirst'] as const) {
    const mine = chosen.filter((m) => m.field === field);
    if (mine.length > 0) patch[field] = replaceInText(current[field], mine);
  }
  const captions = chosen.filter((m) => m.field === 'caption');
  if (captions.length > 0 && current.leadImage)
    patch.leadImage = { ...current.leadImage, caption: replaceInText(current.leadImage.caption, captions) };
  if (Object.keys(patch).length > 0) update(patch);
}

/** Whether two snapshots of the searched text are the same text (then a search of one fits the other). */
export function sameBlocks(a: readonly FindBlock[], b: readonly FindBlock[]): boolean {
  return (
    a.length === b.length && a.every((block, i) => block.field === b[i]!.field && block.block === b[i]!.block && block.text === b[i]!.text)
  );
}

/** The same place in the same text: how a match on screen is found again in a fresh search. */
export function sameSpan(a: FindMatch, b: FindMatch): boolean {
  return a.field === b.field && a.block === b.block && a.from === b.from && a.to === b.to;
}
