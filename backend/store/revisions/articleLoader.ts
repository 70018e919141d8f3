import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { interpretArticleText, looseIndexEntry, type ArticleJson } from '../../../core/history/articleJson';
import type { ArticleMigration } from '../../../core/history/migrations';
import { indexEntryOf, type IndexEntry } from '../../../core/library/indexEntry';
import { UnreadableArticleError } from '../articleFile';

export type LoadedArticle = Exclude<ArticleJson, { kind: 'unreadable' }> & { id: string; path: string };

/**
 * Reads an article file for the store: current files as they are, older ones upgraded in memory (the
 * store then keeps the original and writes the upgrade), newer ones as read-only. Throws
 * UnreadableArticleError for anything to quarantine, and the fs error when the file is missing.
 */
export async function loadArticleAt(path: string, id: string, migrations: readonly ArticleMigration[]): Promise<LoadedArticle> {
  const result = interpretArticleText(await readFile(path, 'utf8'), migrations);
  if (result.kind === 'unreadable') throw new UnreadableArticleError(path, result.reason);
  const fileId = result.kind === 'newer' && result.article === null ? looseIndexEntry(result.original)?.id : result.article?.id;
  if (fileId === undefined)
    throw new UnreadableArticleError(
      path,
      'The file was saved by a newer version of Copydesk and has no article id this version can read.',
    );
  if (fileId !== id) throw new UnreadableArticleError(path, `The file name does not match the article id ${fileId}.`);
  return { ...result, id, path };
}

export async function scanArticleFiles(
  dir: string,
  ids: string[],
  migrations: readonly ArticleMigration[],
): Promise<{ loaded: LoadedArticle[]; unreadable: UnreadableArticleError[] }> {
  const loaded: LoadedArticle[] = [];
  const unreadable: UnreadableArticleError[] = [];
  for (const id of ids) {
    try {
      loaded.push(await loadArticleAt(join(dir, `${id}.json`), id, migrations));
    } catch (error) {
      if (error instanceof UnreadableArticleError) unreadable.push(error);
      else if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return { loaded, unreadable };
}

export function entryOfLoaded(loaded: LoadedArticle, trashedAt: string | null): IndexEntry {
  // loadArticleAt has checked that a newer file without a readable article still has a usable id.
  if (loaded.kind === 'newer' && loaded.article === null) return looseIndexEntry(loaded.original, trashedAt)!;
  return indexEntryOf(loaded.article!, trashedAt);
}

export function readOnlyMessage(version: number, known: number): string {
  return `This article was saved by a newer version of Copydesk (schema version ${version}; this one reads up to ${known}). It is open read-only so nothing the newer version added is lost: update Copydesk to edit it.`;
}
