import { useReview } from '../review/reviewStore';
import type { Editor } from '@tiptap/core';
import type { Article } from '../../../../core/article/schema';
import { findingKey, type CheckField, type Finding } from '../../../../core/checks/types';
import { useToasts } from '../../state/toastStore';
import type { ArticlePatch } from '../editor/ArticleFields';
import { bodyBlockPositions, spanToRange } from './bodyPositions';

type OneLineField = Exclude<CheckField, 'body'>;

/** The text of a one-line field, as the checks saw it. */
export function fieldText(article: Article, field: OneLineField): string {
  if (field === 'caption' || field === 'credit' || field === 'alt') return article.leadImage?.[field] ?? '';
  return article[field];
}

function patchFor(article: Article, field: OneLineField, value: string): ArticlePatch {
  if (field === 'caption' || field === 'credit' || field === 'alt')
    return article.leadImage ? { leadImage: { ...article.leadImage, [field]: value } } : {};
  return { [field]: value };
}

const stale = () =>
  useToasts.getState().show({ kind: 'info', text: 'That text has changed since the check; the list updates in a moment.' });

/** What the Checks panel and the gate can do with a finding: go to it, fix it, ignore it in this article. */
export function findingActions(editor: () => Editor | null, article: () => Article, update: (patch: ArticlePatch) => void) {
  const bodyRange = (f: Finding) => {
    const ed = editor();
    if (!ed) return null;
    const range = spanToRange(bodyBlockPositions(ed.state.doc), f.block, f.from, f.to);
    return range ? { ed, ...range } : null;
  };
  return {
    goTo(place: { field: CheckField | string; block?: number; from?: number; to?: number }) {
      // The gate's "unresolved suggestion or comment" leads to the Review panel, which lists them.
      if (place.field === 'threads') return useReview.getState().setPanelOpen(true);
      if (place.field === 'body') {
        const hit = bodyRange({ block: place.block ?? 0, from: place.from ?? 0, to: place.to ?? place.from ?? 0 } as Finding);
        hit?.ed.chain().focus().setTextSelection({ from: hit.from, to: hit.to }).scrollIntoView().run();
        return;
      }
      const element = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-check-field="${place.field}"]`);
      element?.focus();
      element?.scrollIntoView({ block: 'center' });
      if (place.from !== undefined) element?.setSelectionRange(place.from, place.to ?? place.from);
    },
    fix(f: Finding) {
      if (!f.fix) return;
      if (f.field === 'body') {
        const hit = bodyRange(f);
        if (!hit || hit.ed.state.doc.textBetween(hit.from, hit.to, '\n', '') !== f.text) return stale();
        hit.ed.chain().insertContentAt({ from: hit.from, to: hit.to }, f.fix.replacement).run();
        return;
      }
      const current = article();
      const text = fieldText(current, f.field);
      if (text.slice(f.from, f.to) !== f.text) return stale();
      update(patchFor(current, f.field, text.slice(0, f.from) + f.fix.replacement + text.slice(f.to)));
    },
    ignoreInArticle(f: Finding) {
      const current = article();
      const key = findingKey(f);
      if (current.newsroom.ignoredChecks.includes(key)) return;
      update({ newsroom: { ...current.newsroom, ignoredChecks: [...current.newsroom.ignoredChecks, key] } });
    },
  };
}

export type FindingActions = ReturnType<typeof findingActions>;
