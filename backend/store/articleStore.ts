import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { ArticleSchema, newArticle, SCHEMA_VERSION, type Article } from '../../core/article/schema';
import { slugify } from '../../core/article/slug';
import { ARTICLE_MIGRATIONS, type ArticleMigration } from '../../core/history/migrations';
import { DEFAULT_RETENTION, type RetentionPolicy } from '../../core/history/retention';
import { versionLabel, type RevisionMeta } from '../../core/history/revisionMeta';
import { restoredContent, TYPING_REVISION_INTERVAL_MS } from '../../core/history/revisionRules';
import { indexEntryOf, type IndexEntry } from '../../core/library/indexEntry';
import { dataDirLayout, type DataDirLayout } from './dataDirLayout';
import { fsyncDirectory } from './durableWrite';
import { writeArticleFile } from './articleFile';
import { LibraryIndex } from './libraryIndex';
import { acquireLibraryLock, type AcquireOptions, type LibraryLock, type LockOwner } from './libraryLock';
import { listQuarantine, type QuarantinedFile } from './quarantine';
import { ArticleHistory } from './revisions/articleHistory';
import { ArticleReader } from './revisions/articleReader';
import { notFound, StoreError } from './storeErrors';
import { WriteQueue } from './writeQueue';

export interface StoreOptions {
  now?: () => Date;
  newId?: () => string;
  /** Take `<dataDir>/library.lock` as the app or the CLI; off by default, so tests open freely. */
  lock?: LockOwner | false;
  lockWait?: AcquireOptions;
  /** While typing, at most one revision per article in this long (default 5 minutes). */
  revisionIntervalMs?: number;
  retention?: RetentionPolicy;
  migrations?: readonly ArticleMigration[];
}

export type ArticleFields = Partial<Omit<Article, 'id' | 'schemaVersion' | 'createdAt' | 'updatedAt'>>;

export interface SaveResult {
  article: Article;
  entry: IndexEntry;
}

/**
 * The article store: one lowdb file per article under articles/, a small index in library.json, the
 * history under revisions/, and trash and quarantine folders. Every mutation runs through one queue,
 * so there is one writer in the process; the library lock keeps other processes out.
 */
export class ArticleStore {
  private readonly queue = new WriteQueue();
  private closed = false;
  private lock: LibraryLock | null = null;
  private readonly history: ArticleHistory;
  private readonly reader: ArticleReader;

  private constructor(
    readonly layout: DataDirLayout,
    private readonly index: LibraryIndex,
    private readonly now: () => Date,
    private readonly newId: () => string,
    options: StoreOptions,
  ) {
    const migrations = options.migrations ?? ARTICLE_MIGRATIONS;
    const typingIntervalMs = options.revisionIntervalMs ?? TYPING_REVISION_INTERVAL_MS;
    // Days for retention start at the user's midnight, not UTC's.
    const retention = options.retention ?? { ...DEFAULT_RETENTION, utcOffsetMinutes: -new Date().getTimezoneOffset() };
    this.history = new ArticleHistory(layout.revisions, layout.quarantine, now, { typingIntervalMs, retention, migrations });
    this.reader = new ArticleReader(layout, index, this.history, now, migrations);
  }

  static async open(dataDir: string, options: StoreOptions = {}): Promise<ArticleStore> {
    const layout = dataDirLayout(dataDir);
    await mkdir(layout.root, { recursive: true });
    // The lock comes first: the crash check below must not mistake a live writer's open marker for a crash.
    const lock = options.lock ? await acquireLibraryLock(dataDir, options.lock, options.lockWait) : null;
    try {
      for (const dir of [layout.articles, layout.trash, layout.quarantine, layout.assets, layout.revisions])
        await mkdir(dir, { recursive: true });
      const store = new ArticleStore(
        layout,
        new LibraryIndex(layout.indexFile),
        options.now ?? (() => new Date()),
        options.newId ?? randomUUID,
        options,
      );
      store.lock = lock;
      await store.reader.loadIndex();
      await writeFile(layout.openMarker, String(process.pid));
      return store;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  list(which: 'live' | 'trash' = 'live'): IndexEntry[] {
    return this.index.list(which);
  }

  quarantined(): Promise<QuarantinedFile[]> {
    return listQuarantine(this.layout.quarantine);
  }

  /** In the queue, so a read never races the upgrade or quarantine of the same file. */
  get(id: string): Promise<Article> {
    return this.queue.run(() => this.reader.load(id));
  }

  /** Why an article cannot be saved (a newer Copydesk wrote it), or null; known once its file has been read. */
  readOnlyReason(id: string): string | null {
    return this.reader.readOnlyReason(id);
  }

  /** `revision: 'import'` keeps the article as imported in its history, before any edit. */
  create(fields: ArticleFields = {}, options: { revision?: 'import' } = {}): Promise<Article> {
    return this.queue.run(async () => {
      const article = ArticleSchema.parse(newArticle(this.newId(), this.now(), fields));
      if (article.slug === '' && article.headline !== '') article.slug = slugify(article.headline);
      await writeArticleFile(this.layout.articleFile(article.id), article);
      this.index.put(indexEntryOf(article));
      this.reader.markChecked(article.id);
      if (options.revision) await this.history.snapshot(article, options.revision);
      return article;
    });
  }

  save(input: Article): Promise<SaveResult> {
    return this.queue.run(async () => {
      const { entry, previous } = await this.writable(input.id, 'editing');
      const article: Article = {
        ...input,
        schemaVersion: SCHEMA_VERSION,
        createdAt: entry.createdAt,
        updatedAt: this.nextStamp(entry.updatedAt),
      };
      if (article.slug === '') article.slug = slugify(article.headline);
      await this.history.beforeSave(article.id, async () => previous ?? (await this.reader.load(article.id)));
      return this.write(article, entry.status);
    });
  }

  /** A named version of the article as saved now; named versions are kept for ever. */
  saveVersion(id: string, label: string): Promise<RevisionMeta> {
    return this.queue.run(async () => {
      const name = versionLabel(label);
      const { previous } = await this.writable(id, 'saving a version');
      return this.history.snapshot(previous ?? (await this.reader.load(id)), 'label', name);
    });
  }

  /** Metadata, newest first. */
  listRevisions(id: string): Promise<RevisionMeta[]> {
    return this.queue.run(() => this.history.revisions.list(id));
  }

  getRevision(id: string, revisionId: string): Promise<Article> {
    return this.queue.run(() => this.history.revisions.get(id, revisionId));
  }

  /** Snapshots the current content, then saves the old content as a new version: nothing is overwritten. */
  restoreRevision(id: string, revisionId: string): Promise<SaveResult> {
    return this.queue.run(async () => {
      const { entry, previous } = await this.writable(id, 'restoring a version');
      const current = previous ?? (await this.reader.load(id));
      const old = await this.history.revisions.get(id, revisionId);
      await this.history.snapshot(current, 'restore');
      return this.write(
        { ...restoredContent(current, old), schemaVersion: SCHEMA_VERSION, updatedAt: this.nextStamp(entry.updatedAt) },
        entry.status,
      );
    });
  }

  /** The entry as it stands after the file's first read this session, which may have upgraded it. */
  private async writable(id: string, action: string): Promise<{ entry: IndexEntry; previous: Article | null }> {
    this.requireEntry(id, 'live', `is in the trash. Restore it before ${action}.`);
    const previous = await this.reader.assertWritable(id);
    return { entry: this.requireEntry(id, 'live'), previous };
  }

  private async write(article: Article, previousStatus: Article['status']): Promise<SaveResult> {
    await writeArticleFile(this.layout.articleFile(article.id), article);
    const entry = indexEntryOf(article);
    this.index.put(entry);
    await this.history.afterSave(previousStatus, article);
    return { article, entry };
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

  /** Only a trashed article can be deleted for ever, with its history; the UI confirms first. */
  deleteForever(id: string): Promise<void> {
    return this.queue.run(async () => {
      this.requireEntry(id, 'trash');
      await unlink(this.layout.trashFile(id));
      await fsyncDirectory(this.layout.trash);
      this.index.remove(id);
      await this.history.revisions.removeAll(id);
    });
  }

  /** Writes the index, clears the open marker (so the next open can trust library.json), and lets go of the lock. */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    return this.queue.run(async () => {
      try {
        await this.index.persist();
        await unlink(this.layout.openMarker).catch(() => undefined);
      } finally {
        await this.lock?.release();
      }
    });
  }

  private requireEntry(id: string, where: 'live' | 'trash', inTrash = 'is already in the trash.'): IndexEntry {
    const entry = this.index.get(id);
    if (!entry) throw notFound(id);
    if (where === 'live' && entry.trashedAt !== null) throw new StoreError('in_trash', `"${entry.headline || 'Untitled'}" ${inTrash}`);
    if (where === 'trash' && entry.trashedAt === null)
      throw new StoreError('not_in_trash', `"${entry.headline || 'Untitled'}" is not in the trash.`);
    return entry;
  }

  /** updatedAt must move forward even when two saves land in the same millisecond. */
  private nextStamp(previous: string): string {
    const now = this.now().getTime();
    const prev = Date.parse(previous);
    return new Date(Math.max(now, prev + 1)).toISOString();
  }
}

async function moveFile(from: string, to: string): Promise<void> {
  await rename(from, to);
  await fsyncDirectory(dirname(from));
  await fsyncDirectory(dirname(to));
}
