import type { Article } from '../../../../core/article/schema';
import { call } from '../../bridge/copydesk';

const KEY = 'copydesk.unsavedDraft';

interface StashedDraft {
  /** The article as it was on screen; its updatedAt is the version it was edited from. */
  article: Article;
  stashedAt: string;
}

/**
 * The last line of defence for typing that autosave had not sent yet when the window went away
 * (reload, crash-and-reload, close): the page stashes it synchronously, and the next start saves it.
 * An IPC message sent while the page unloads may never arrive, but localStorage is written at once.
 */
export function stashDraft(article: Article): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ article, stashedAt: new Date().toISOString() } satisfies StashedDraft));
  } catch {
    // Storage full or disabled: the autosave already in flight is all there is.
  }
}

export function clearDraft(): void {
  localStorage.removeItem(KEY);
}

/**
 * Saves a stashed draft if the store still holds the version it was edited from; if the store has
 * moved on (the last save did arrive), the stash is stale and dropped. Returns the article's id.
 */
export async function recoverDraft(): Promise<string | null> {
  let stashed: StashedDraft | null = null;
  try {
    stashed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as StashedDraft | null;
  } catch {
    stashed = null;
  }
  if (!stashed?.article?.id) {
    clearDraft();
    return null;
  }
  try {
    const stored = await call('getArticle', { id: stashed.article.id });
    if (stored.updatedAt === stashed.article.updatedAt) await call('saveArticle', { article: stashed.article });
    return stashed.article.id;
  } catch {
    return null;
  } finally {
    clearDraft();
  }
}
