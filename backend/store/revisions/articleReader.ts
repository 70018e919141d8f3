import { sep } from 'node:path';
import { SCHEMA_VERSION, type Article } from '../../../core/article/schema';
import { CopydeskError } from '../../../core/errors';
import type { ArticleMigration } from '../../../core/history/migrations';
import { UnreadableArticleError, writeArticleFile } from '../articleFile';
import type { DataDirLayout } from '../dataDirLayout';
import type { LibraryIndex } from '../libraryIndex';
import { quarantineFile } from '../quarantine';
import { articleIdsIn, sameStamp, stampOf, stampsOf, type FileStamp } from '../scanArticles';
import { notFound, StoreError } from '../storeErrors';
import type { ArticleHistory } from './articleHistory';
import { entryOfLoaded, loadArticleAt, readOnlyMessage, scanArticleFiles, type LoadedArticle } from './articleLoader';

/** Stamps taken at open, before the index was parsed: one per id the folder listed, in its order (null: the stat failed). */
interface OnDiskStamps {
  live: Array<FileStamp | null>;
  trash: Array<FileStamp | null>;
}

/** The files the index already knew, each with its stamp taken at open when there is one. */
interface KnownFiles {
  live: string[];
  trash: string[];
  /** Aligned with live then trash (the live loop fills it first); absent when the check takes the stamps itself. */
  stamps?: Array<FileStamp | null>;
}

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
  /** False when the library's disk takes no writes: files are then upgraded in memory only, never written. */
  writable = true;

  constructor(
    private readonly layout: DataDirLayout,
    private readonly index: LibraryIndex,
    private readonly history: ArticleHistory,
    private readonly now: () => Date,
    private readonly migrations: readonly ArticleMigration[],
  ) {}

  /**
   * Uses the persisted index after a clean close, checking each file's stamp (one stat per file, in
   * slices) and reading again only those that changed; after a crash, or if the index is unreadable,
   * rebuilds it. Entries that are not regular files are quarantined, and the rest of the library opens.
   * `statFirst` (the check is to be done before the open returns) takes the stats before library.json is
   * parsed: their garbage is then collected from a small heap, where after the parse every collection
   * first had to move the 10,000 entries just parsed (a fifth of the open went to that).
   */
  async loadIndex(crashed: boolean, statFirst = false): Promise<() => Promise<string[]>> {
    const live = await articleIdsIn(this.layout.articles);
    const trash = await articleIdsIn(this.layout.trash);
    for (const odd of [...live.odd, ...trash.odd]) await quarantineFile(this.layout.quarantine, odd.path, odd.reason, this.now());
    const liveIds = live.ids;
    const trashIds = trash.ids;
    const onDisk = statFirst && !crashed ? await this.stampsOnDisk(liveIds, trashIds) : undefined;
    const loaded = !crashed && (await this.index.load());
    if (!loaded) {
      this.index.replaceAll([]);
      await this.addFromDisk(liveIds, trashIds);
      // A disk that takes no writes still opens: the index is rebuilt in memory at every open then.
      if (this.writable) await this.index.persist().catch(() => undefined);
      return async () => [];
    }
    // Files added or removed behind the app's back (by hand, by a restore) are picked up cheaply: a file
    // is known when the index has it in the same folder; anything else on disk is read.
    const known: KnownFiles = { live: [], trash: [], ...(onDisk ? { stamps: [] } : {}) };
    const missingLive: string[] = [];
    const missingTrash: string[] = [];
    // Plain loops over aligned arrays: at 10,000 files, Maps of ids to stamps were a tenth of the open.
    for (let i = 0; i < liveIds.length; i++) {
      const id = liveIds[i]!;
      if (this.index.get(id)?.trashedAt !== null) missingLive.push(id);
      else {
        known.live.push(id);
        known.stamps?.push(onDisk!.live[i]!);
      }
    }
    for (let i = 0; i < trashIds.length; i++) {
      const id = trashIds[i]!;
      if (typeof this.index.get(id)?.trashedAt !== 'string') missingTrash.push(id);
      else {
        known.trash.push(id);
        known.stamps?.push(onDisk!.trash[i]!);
      }
    }
    // Each entry is known at most once, so when every entry was, no file is gone and no Set of 10,000 is built.
    if (known.live.length + known.trash.length < this.index.size) {
      const present = new Set([...liveIds, ...trashIds]);
      for (const id of this.index.ids()) if (!present.has(id)) this.index.remove(id);
    }
    if (missingLive.length + missingTrash.length > 0) await this.addFromDisk(missingLive, missingTrash);
    // The files the index already knew are checked against their stamps by the returned step, which
    // the store runs before the open returns or first in its queue (see StoreOptions.verify).
    return () => this.recheck(known);
  }

  /** Every file's stamp now, by folder, in the order of the ids given. */
  private async stampsOnDisk(liveIds: string[], trashIds: string[]): Promise<OnDiskStamps> {
    const stamps = await stampsOf(this.pathsOf(liveIds, trashIds));
    return { live: stamps.slice(0, liveIds.length), trash: stamps.slice(liveIds.length) };
  }

  /** Joined by hand: path.join for 10,000 names cost more than their stats. The ids are names readdir gave. */
  private pathsOf(liveIds: string[], trashIds: string[]): string[] {
    return [
      ...liveIds.map((id) => `${this.layout.articles}${sep}${id}.json`),
      ...trashIds.map((id) => `${this.layout.trash}${sep}${id}.json`),
    ];
  }

  /**
   * Reads again the files whose stamp changed since the index was written: changed behind the app's
   * back. Returns the live ones' ids (search reads them again too).
   */
  private async recheck(known: KnownFiles): Promise<string[]> {
    const changed = await this.changedFiles(known);
    if (changed.live.length + changed.trash.length === 0) return [];
    for (const id of [...changed.live, ...changed.trash]) this.index.remove(id);
    // A changed trashed file keeps its trashing time (see addFromDisk for a new one).
    await this.addFromDisk(changed.live, changed.trash, changed.trashedAt);
    return changed.live;
  }

  /**
   * Ids whose file's size, times or inode differ from the index's stamp (or that have no stamp yet).
   * An entry removed since the open (the check may run in the background) is left out.
   */
  private async changedFiles(known: KnownFiles): Promise<{ live: string[]; trash: string[]; trashedAt: Map<string, string | null> }> {
    const count = known.live.length;
    const stamps = known.stamps ?? (await stampsOf(this.pathsOf(known.live, known.trash)));
    const live: string[] = [];
    const trash: string[] = [];
    const trashedAt = new Map<string, string | null>();
    for (let i = 0; i < stamps.length; i++) {
      const id = i < count ? known.live[i]! : known.trash[i - count]!;
      const entry = this.index.get(id);
      if (!entry || sameStamp(this.index.stampOf(id), stamps[i]!)) continue;
      if (i < count) live.push(id);
      else {
        trash.push(id);
        trashedAt.set(id, entry.trashedAt);
      }
    }
    return { live, trash, trashedAt };
  }

  private async addFromDisk(liveIds: string[], trashIds: string[], trashedAt = new Map<string, string | null>()): Promise<void> {
    const live = await scanArticleFiles(this.layout.articles, liveIds, this.migrations);
    const trash = await scanArticleFiles(this.layout.trash, trashIds, this.migrations);
    for (const loaded of live.loaded) await this.accept(loaded, null);
    // The moment of trashing is not in the article file; the file's own updatedAt is the best stand-in.
    for (const loaded of trash.loaded)
      if (!this.index.get(loaded.id)) await this.accept(loaded, trashedAt.get(loaded.id) ?? entryOfLoaded(loaded, null).updatedAt);
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
    if (loaded.kind === 'older' && this.writable) {
      // The original goes into the history first: a crash before the upgrade is written just repeats it.
      await this.history.keepOriginal(loaded);
      await writeArticleFile(loaded.path, loaded.article);
    }
    // An upgrade kept in memory only leaves no stamp, so the next open reads (and upgrades) the file again.
    this.index.put(entryOfLoaded(loaded, trashedAt), loaded.kind === 'older' && !this.writable ? null : await stampOf(loaded.path));
    return loaded.article;
  }
}
