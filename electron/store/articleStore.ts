import { mkdir, rename, unlink, writeFile, access } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { ArticleSchema, newArticle, type Article } from '../../core/article/schema';
import { slugify } from '../../core/article/slug';
import { indexEntryOf, type IndexEntry } from '../../core/library/indexEntry';
import { dataDirLayout, type DataDirLayout } from './dataDirLayout';
import { fsyncDirectory } from './durableWrite';
import { readArticleFile, UnreadableArticleError, writeArticleFile } from './articleFile';
import { LibraryIndex } from './libraryIndex';
import { listQuarantine, quarantineFile, type QuarantinedFile } from './quarantine';
import { articleIdsIn, readArticles } from './scanArticles';
import { notFound, StoreError } from './storeErrors';
import { WriteQueue } from './writeQueue';

export interface StoreOptions {
  now?: () => Date;
  newId?: () => string;
}

export type ArticleFields = Partial<Omit<Article, 'id' | 'schemaVersion' | 'createdAt' | 'updatedAt'>>;

export interface SaveResult {
  article: Article;
  entry: IndexEntry;
}

/**
 * The article store: one lowdb file per article under articles/, a small index in library.json, and
 * trash and quarantine folders. Every mutation runs through one queue, so there is one writer.
 */
export class ArticleStore {
  private readonly queue = new WriteQueue();
  private closed = false;

  private constructor(
    readonly layout: DataDirLayout,
    private readonly index: LibraryIndex,
    private readonly now: () => Date,
    private readonly newId: () => string,
  ) {}

  static async open(dataDir: string, options: StoreOptions = {}): Promise<ArticleStore> {
    const layout = dataDirLayout(dataDir);
    for (const dir of [layout.root, layout.articles, layout.trash, layout.quarantine, layout.assets]) {
      await mkdir(dir, { recursive: true });
    }
    const store = new ArticleStore(layout, new LibraryIndex(layout.indexFile), options.now ?? (() => new Date()), options.newId ?? randomUUID);
    await store.loadIndex();
    await writeFile(layout.openMarker, String(process.pid));
    return store;
  }

  /** Uses the persisted index after a clean close; after a crash, or if it is unreadable, rebuilds it. */
  private async loadIndex(): Promise<void> {
    const crashed = await exists(this.layout.openMarker);
    const loaded = !crashed && (await this.index.load());
    const liveIds = await articleIdsIn(this.layout.articles);
    const trashIds = await articleIdsIn(this.layout.trash);
    if (!loaded) {
      await this.rebuildFrom(liveIds, trashIds);
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

  private async rebuildFrom(liveIds: string[], trashIds: string[]): Promise<void> {
    this.index.replaceAll([]);
    await this.addFromDisk(liveIds, trashIds);
    await this.index.persist();
  }

  private async addFromDisk(liveIds: string[], trashIds: string[]): Promise<void> {
    const live = await readArticles(this.layout.articles, liveIds);
    const trash = await readArticles(this.layout.trash, trashIds);
    for (const article of live.articles) this.index.put(indexEntryOf(article));
    // The moment of trashing is not in the article file; the file's own updatedAt is the best stand-in.
    for (const article of trash.articles) if (!this.index.get(article.id)) this.index.put(indexEntryOf(article, article.updatedAt));
    for (const bad of [...live.unreadable, ...trash.unreadable]) await quarantineFile(this.layout.quarantine, bad.path, bad.reason, this.now());
  }

  list(which: 'live' | 'trash' = 'live'): IndexEntry[] {
    return this.index.list(which);
  }

  quarantined(): Promise<QuarantinedFile[]> {
    return listQuarantine(this.layout.quarantine);
  }

  async get(id: string): Promise<Article> {
    const entry = this.index.get(id);
    if (!entry) throw notFound(id);
    const path = entry.trashedAt === null ? this.layout.articleFile(id) : this.layout.trashFile(id);
    try {
      return await readArticleFile(path);
    } catch (error) {
      if (!(error instanceof UnreadableArticleError)) throw error;
      await this.queue.run(async () => {
        await quarantineFile(this.layout.quarantine, path, error.reason, this.now());
        this.index.remove(id);
      });
      throw new StoreError('io', `The article "${entry.headline || id}" could not be read and was moved to quarantine: ${error.reason}`);
    }
  }

  create(fields: ArticleFields = {}): Promise<Article> {
    return this.queue.run(async () => {
      const article = ArticleSchema.parse(newArticle(this.newId(), this.now(), fields));
      if (article.slug === '' && article.headline !== '') article.slug = slugify(article.headline);
      await writeArticleFile(this.layout.articleFile(article.id), article);
      this.index.put(indexEntryOf(article));
      return article;
    });
  }

  save(input: Article): Promise<SaveResult> {
    return this.queue.run(async () => {
      const entry = this.index.get(input.id);
      if (!entry) throw notFound(input.id);
      if (entry.trashedAt !== null) throw new StoreError('in_trash', `"${entry.headline || 'Untitled'}" is in the trash. Restore it before editing.`);
      const article: Article = { ...input, createdAt: entry.createdAt, updatedAt: this.nextStamp(entry.updatedAt) };
      if (article.slug === '') article.slug = slugify(article.headline);
      await writeArticleFile(this.layout.articleFile(article.id), article);
      const next = indexEntryOf(article);
      this.index.put(next);
      return { article, entry: next };
    });
  }

  trash(id: string): Promise<IndexEntry> {
    return this.queue.run(async () => {
      const entry = this.requireEntry(id, 'live');
      await moveFile(this.layout.articleFile(id), this.layout.trashFile(id));
      const next = { ...entry, trashedAt: this.now().toISOString() };
      this.index.put(next);
      return next;
    });
  }

  restore(id: string): Promise<IndexEntry> {
    return this.queue.run(async () => {
      const entry = this.requireEntry(id, 'trash');
      await moveFile(this.layout.trashFile(id), this.layout.articleFile(id));
      const next = { ...entry, trashedAt: null };
      this.index.put(next);
      return next;
    });
  }

  /** Only a trashed article can be deleted for ever; the UI confirms first. */
  deleteForever(id: string): Promise<void> {
    return this.queue.run(async () => {
      this.requireEntry(id, 'trash');
      await unlink(this.layout.trashFile(id));
      await fsyncDirectory(this.layout.trash);
      this.index.remove(id);
    });
  }

  /** Writes the index and clears the open marker, so the next open can trust library.json. */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    return this.queue.run(async () => {
      await this.index.persist();
      await unlink(this.layout.openMarker).catch(() => undefined);
    });
  }

  private requireEntry(id: string, where: 'live' | 'trash'): IndexEntry {
    const entry = this.index.get(id);
    if (!entry) throw notFound(id);
    if (where === 'live' && entry.trashedAt !== null) throw new StoreError('in_trash', `"${entry.headline || 'Untitled'}" is already in the trash.`);
    if (where === 'trash' && entry.trashedAt === null) throw new StoreError('not_in_trash', `"${entry.headline || 'Untitled'}" is not in the trash.`);
    return entry;
  }

  /** updatedAt must move forward even when two saves land in the same millisecond. */
  private nextStamp(previous: string): string {
    const now = this.now().getTime();
    const prev = Date.parse(previous);
    return new Date(Math.max(now, prev + 1)).toISOString();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function moveFile(from: string, to: string): Promise<void> {
  await rename(from, to);
  await fsyncDirectory(dirname(from));
  await fsyncDirectory(dirname(to));
}
