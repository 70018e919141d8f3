import { IMPORT_MAX_BYTES } from '../../core/import/importTypes';
import { readRegularFile } from '../store/safeRead';
import { basename } from 'node:path';
import type { ArticleStore } from '../store/articleStore';
import type { OpenedFile } from '../../api/contract';
import type { ImportService } from './importService';

/**
 * Files the OS hands the app (double-click on a .copydesk file, "Open with", the command line): queued
 * in main until the window asks for them. A Copydesk article already in the library is opened; anything
 * else goes through the import review like a dropped file.
 */
export class OpenedFiles {
  private queue: string[] = [];

  add(paths: string[]): void {
    this.queue.push(...paths.filter((p) => /\.(copydesk|json|md|markdown|txt|html?)$/i.test(p)));
  }

  get pending(): number {
    return this.queue.length;
  }

  async take(store: ArticleStore, imports: ImportService): Promise<OpenedFile[]> {
    const paths = this.queue;
    this.queue = [];
    const results: OpenedFile[] = [];
    for (const path of paths) {
      const known = await knownArticleId(path, store);
      if (known) results.push({ kind: 'open', id: known });
      else results.push(...(await imports.fromPaths([path])).map((outcome) => ({ kind: 'import' as const, outcome })));
    }
    return results;
  }
}

/** The id inside a Copydesk article file, when that article is already in the library. */
async function knownArticleId(path: string, store: ArticleStore): Promise<string | null> {
  if (!/\.copydesk$/i.test(basename(path))) return null;
  try {
    const { id } = JSON.parse((await readRegularFile(path, IMPORT_MAX_BYTES, { followLinks: true })).toString('utf8')) as { id?: unknown };
    return typeof id === 'string' && store.list('live').some((e) => e.id === id) ? id : null;
  } catch {
    return null;
  }
}
