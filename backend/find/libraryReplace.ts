import type { Article } from '../../core/article/schema';
import { findPattern, type FindMatch } from '../../core/checks/find';
import type { LibraryFindQuery, LibraryMatch, ReplaceChoice, ReplaceSummary } from '../../core/checks/replace/libraryFind';
import { replaceInArticle } from '../../core/checks/replace/replaceInArticle';
import { CopydeskError, isCopydeskError } from '../../core/errors';
import type { ArticleStore } from '../store/articleStore';
import type { LibraryFinder } from './libraryFinder';

export interface ReplaceDeps {
  store: Pick<ArticleStore, 'get' | 'list' | 'save' | 'saveVersion'>;
  finder: Pick<LibraryFinder, 'findInArticles'>;
  indexed(article: Article): void;
}

const BATCH = 50;
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** "Before replace “Kiev” → “Kyiv”": restoring that version takes the replacement back. */
export function replaceLabel(query: Pick<LibraryFindQuery, 'query' | 'replacement'>): string {
  return query.replacement === ''
    ? `Before deleting “${short(query.query)}”`
    : `Before replace “${short(query.query)}” → “${short(query.replacement)}”`;
}

const key = (m: Pick<FindMatch, 'field' | 'block' | 'from' | 'to'>) => `${m.field}\u0000${m.block}\u0000${m.from}\u0000${m.to}`;

/**
 * Applies the chosen replacements. Nothing from the page is trusted: each article is loaded from the
 * store and must still be the version the preview showed; the pattern runs again over it in the find
 * worker (never on this thread), and only chosen matches it finds again, with the replacement it
 * computes, are applied. Each changed article first saves a named version of itself, then saves the
 * change on the condition that nobody saved it in between.
 */
export async function replaceInLibrary(
  deps: ReplaceDeps,
  query: LibraryFindQuery,
  choices: readonly ReplaceChoice[],
): Promise<ReplaceSummary> {
  const pattern = findPattern(query.query, query.options);
  if (!pattern.ok) throw new CopydeskError('invalid_pattern', pattern.message);
  const label = replaceLabel(query);
  const summary: ReplaceSummary = { replacements: 0, changed: [], skipped: [], leftAlone: 0, label };
  const live = new Map(deps.store.list('live').map((e) => [e.id, e]));
  for (let start = 0; start < choices.length; start += BATCH) {
    const loaded: Array<{ article: Article; choice: ReplaceChoice }> = [];
    for (const choice of choices.slice(start, start + BATCH)) {
      const entry = live.get(choice.id);
      const skip = (reason: string) => summary.skipped.push({ id: choice.id, headline: entry?.headline ?? '', reason });
      if (!entry) {
        skip('It is no longer in the library (trashed or deleted).');
        continue;
      }
      const article = await deps.store.get(choice.id).catch((error: unknown) => error as Error);
      if (article instanceof Error) skip(article.message);
      else if (article.updatedAt !== choice.updatedAt) skip('It was saved again after the search: search again to include it.');
      else loaded.push({ article, choice });
    }
    if (loaded.length === 0) continue;
    const fresh = await deps.finder.findInArticles(
      loaded.map((l) => l.article),
      query,
    );
    const freshById = new Map(fresh.groups.map((g) => [g.id, new Map(g.matches.map((m) => [key(m), m]))]));
    for (const { article, choice } of loaded) {
      await applyOne(deps, article, choice, freshById.get(article.id) ?? new Map(), summary);
    }
  }
  return summary;
}

async function applyOne(
  deps: ReplaceDeps,
  article: Article,
  choice: ReplaceChoice,
  fresh: ReadonlyMap<string, LibraryMatch>,
  summary: ReplaceSummary,
): Promise<void> {
  const skip = (reason: string) => {
    summary.skipped.push({ id: article.id, headline: article.headline, reason });
  };
  const picked = choice.matches.flatMap((m) => fresh.get(key(m)) ?? []);
  if (picked.length === 0) return skip('None of its chosen matches is in the text any more.');
  const outcome = replaceInArticle(article, picked);
  if (outcome.applied.length === 0) return skip(outcome.skipped[0]?.reason ?? 'Nothing to replace.');
  try {
    await deps.store.saveVersion(article.id, summary.label);
    const saved = await deps.store.save(outcome.article, article.updatedAt);
    deps.indexed(saved.article);
    summary.changed.push(saved.entry);
    summary.replacements += outcome.applied.length;
    summary.leftAlone += choice.matches.length - outcome.applied.length;
  } catch (error) {
    if (!isCopydeskError(error)) throw error;
    skip(error.message);
  }
}
