import { access } from 'node:fs/promises';
import { SCHEMA_VERSION, type Article } from '../../../core/article/schema';
import { CopydeskError } from '../../../core/errors';
import type { ArticleMigration } from '../../../core/history/migrations';
import { UnreadableArticleError, writeArticleFile } from '../articleFile';
import type { DataDirLayout } from '../dataDirLayout';
import type { LibraryIndex } from '../libraryIndex';
import { quarantineFile } from '../quarantine';
import { articleIdsIn } from '../scanArticles';
import { notFound, StoreError } from '../storeErrors';
import type { ArticleHistory } from './articleHistory';
import { entryOfLoaded, loadArticleAt, readOnlyMessage, scanArticleFiles, type LoadedArticle } from './articleLoader';

/**
 * How the store reads the library from disk. Files go through the schema's history: an older file is
 * upgraded on first read (its original kept as a 'migration' revision), a newer one is listed
 * read-only and never written, an unreadable one goes to quarantine. Callers run it inside the store's
 * write queue (or before the store is handed out).
 */
export class ArticleReader {
  /** Articles whose file has been read this session, so their schema version is known. */
  private readonly checked = new Set<string>();
  /** Articles written by a newer Copydesk, with the reason they cannot be saved. */
  private readonly readOnly = new Map<string, string>();

  constructor(
    private readonly layout: DataDirLayout,
    private readonly index: LibraryIndex,
    private readonly history: ArticleHistory,
    private readonly now: () => Date,
    private readonly migrations: readonly ArticleMigration[],
  ) {}

  /** Uses the persisted index after a clean close; after a crash, or if it is unreadable, rebuilds it. */
  async loadIndex(): Promise<void> {
    const crashed = await access(this.layout.openMarker).then(
      () => true,
      () => false,
    );
    const loaded = !crashed && (await this.index.load());
    const liveIds = await articleIdsIn(this.layout.articles);
    const trashIds = await articleIdsIn(this.layout.trash);
    if (!loaded) {
      this.index.replaceAll([]);
      await this.addFromDisk(liveIds, trashIds);
      await this.index.persist();
      return;
    }
    // Files added or removed behind the app's back (by hand, by a restore) are picked up cheaply.
    const known = new Set(this.index.ids());
    const onDisk = new Set([...liveIds, ...trashIds]);
    for (const id of known) if (!onDisk.has(id)) this.index.remove(id);
    const missingLive = liveIds.filter((id) => !known.has(id) || this.index.get(id)?.trashedAt !== null);
    const missingTrash = trashIds.filter((id) => !known.has(id) || this.index.get(id)?.trashedAt === null);
    if (missingLive.length + missingTrash.length > 0) await this.addFromDisk(missingLive, missingTrash);
  }

  private async addFromDisk(liveIds: string[], trashIds: string[]): Promise<void> {
    const live = await scanArticleFiles(this.layout.articles, liveIds, this.migrations);
    const trash = await scanArticleFiles(this.layout.trash, trashIds, this.migrations);
    for (const loaded of live.loaded) await this.accept(loaded, null);
    // The moment of trashing is not in the article file; the file's own updatedAt is the best stand-in.
    for (const loaded of trash.loaded) if (!this.index.get(loaded.id)) await this.accept(loaded, entryOfLoaded(loaded, null).updatedAt);
    for (const bad of [...live.unreadable, ...trash.unreadable])
      await quarantineFile(this.layout.quarantine, bad.path, bad.reason, this.now());
  }

  /** The article's content as stored, in today's shape. */
  async load(id: string): Promise<Article> {
    const entry = this.index.get(id);
    if (!entry) throw notFound(id);
    const path = entry.trashedAt === null ? this.layout.articleFile(id) : this.layout.trashFile(id);
    let loaded: LoadedArticle;
    try {
      loaded = await loadArticleAt(path, id, this.migrations);
    } catch (error) {
      if (!(error instanceof UnreadableArticleError)) throw error;
      await quarantineFile(this.layout.quarantine, path, error.reason, this.now());
      this.index.remove(id);
      throw new StoreError('io', `The article "${entry.headline || id}" could not be read and was moved to quarantine: ${error.reason}`);
    }
    const article = loaded.kind === 'current' ? loaded.article : await this.accept(loaded, entry.trashedAt);
    this.checked.add(id);
    if (article) return article;
    throw new CopydeskError('read_only', `${this.readOnly.get(id) ?? ''} This version of Copydesk cannot show it.`.trim());
  }

  /** Before a save overwrites a file: read it once per session, so a newer file is never saved over. */
  async assertWritable(id: string): Promise<Article | null> {
    const previous = this.checked.has(id) ? null : await this.load(id);
    const reason = this.readOnly.get(id);
    if (reason) throw new CopydeskError('read_only', reason);
    return previous;
  }

  markChecked(id: string): void {
    this.checked.add(id);
  }

  readOnlyReason(id: string): string | null {
    return this.readOnly.get(id) ?? null;
  }

  private async accept(loaded: LoadedArticle, trashedAt: string | null): Promise<Article | null> {
    this.checked.add(loaded.id);
    if (loaded.kind === 'newer') this.readOnly.set(loaded.id, readOnlyMessage(loaded.version, SCHEMA_VERSION));
    if (loaded.kind === 'older') {
      // The original goes into the history first: a crash before the upgrade is written just repeats it.
      await this.history.keepOriginal(loaded);
      await writeArticleFile(loaded.path, loaded.article);
    }
    this.index.put(entryOfLoaded(loaded, trashedAt));
    return loaded.article;
  }
}
