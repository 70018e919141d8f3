import { randomUUID } from 'node:crypto';
import { ArticleSchema, newArticle, SCHEMA_VERSION, type Article } from '../../core/article/schema';
import { slugify } from '../../core/article/slug';
import { ARTICLE_MIGRATIONS } from '../../core/history/migrations';
import { DEFAULT_RETENTION } from '../../core/history/retention';
import { versionLabel, type RevisionMeta } from '../../core/history/revisionMeta';
import { restoredContent, TYPING_REVISION_INTERVAL_MS } from '../../core/history/revisionRules';
import type { IndexEntry } from '../../core/library/indexEntry';
import { CopydeskError } from '../../core/errors';
import { dataDirLayout, type DataDirLayout } from './dataDirLayout';
import { commitArticle, writeWithRevisions } from './articleCommit';
import { openDataDir } from './openDataDir';
import { unlinkPath } from './fsLayer';
import { LibraryIndex } from './libraryIndex';
import type { LibraryLock } from './libraryLock';
import { listQuarantine, type QuarantinedFile } from './quarantine';
import { ArticleHistory } from './revisions/articleHistory';
import { ArticleReader } from './revisions/articleReader';
import { describeWriteFailure, StoreError } from './storeErrors';
import { nextStamp, requireEntry } from './entryRules';
import type { ArticleFields, SaveResult, StoreOptions } from './storeOptions';
import { deleteTrashed, moveOutOfTrash, moveToTrash } from './trashMoves';
import { WriteQueue } from './writeQueue';

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
    const { lock, crashed, cannotWrite } = await openDataDir(layout, options);
    try {
      const store = new ArticleStore(
        layout,
        new LibraryIndex(layout.indexFile),
        options.now ?? (() => new Date()),
        options.newId ?? randomUUID,
        options,
      );
      store.lock = lock;
      if (cannotWrite !== null) store.openReadOnly(cannotWrite);
      const recheck = await store.reader.loadIndex(crashed, options.verify !== 'background');
      // A failed check leaves the index as it was loaded; the next open checks again.
      if (options.verify === 'background')
        store.verified = store.queue.run(recheck).catch((error: unknown) => {
          console.error('[store] checking the article files failed:', error);
          return [];
        });
      else store.verified = Promise.resolve(await recheck());
      return store;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  /**
   * Resolves once the open's stamp check is done (at once unless `verify: 'background'`), with the ids of
   * the live articles whose files it read again because they changed behind the app's back.
   */
  verified: Promise<readonly string[]> = Promise.resolve([]);

  /** Said once after opening: a stale lock (its process gone, or its pid reused) was taken over. */
  get lockTakenOver(): string | null {
    return this.lock?.tookOver ?? null;
  }

  /** Why the library is open read-only (its disk is full or takes no writes), or null. */
  get readOnlyCause(): string | null {
    return this.cannotWrite;
  }

  private cannotWrite: string | null = null;

  private openReadOnly(error: unknown): void {
    const failure = describeWriteFailure(error, 'open the library for writing') as Error;
    this.cannotWrite = failure.message.replace(/ Nothing was lost.*$/, '');
    this.reader.writable = false;
  }

  /** Every change goes through here: one at a time, refused on a read-only library, its failure named. */
  private change<T>(action: () => string, job: () => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      if (this.cannotWrite !== null)
        throw new StoreError(
          'read_only_library',
          `${this.cannotWrite} The library is open read-only: you can read and export articles. Restart Copydesk once the disk takes writes again.`,
        );
      try {
        return await job();
      } catch (error) {
        throw describeWriteFailure(error, action());
      }
    });
  }

  list(which: 'live' | 'trash' = 'live'): IndexEntry[] {
    return this.index.list(which);
  }

  /**
   * The same entries unsorted and uncopied, read as the caller walks them (the search service copies
   * them at once: walked across turns, they change under it while the open's check runs).
   */
  listUnsorted(which: 'live' | 'trash' = 'live'): Iterable<IndexEntry> {
    return this.index.unsorted(which);
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

  /**
   * `revision: 'import'` keeps the article as imported in its history, before any edit. `id` and
   * `createdAt` are for an article that already exists elsewhere (one arriving from the desk keeps both).
   */
  create(
    fields: ArticleFields = {},
    options: { revision?: 'import'; label?: string; id?: string; createdAt?: string } = {},
  ): Promise<Article> {
    let article: Article | null = null;
    return this.change(
      () => `create “${article?.headline || 'Untitled'}”`,
      async () => {
        if (options.id !== undefined && this.index.get(options.id))
          throw new Error(`An article with id ${options.id} is already in the library.`);
        const created = ArticleSchema.parse(
          newArticle(options.id ?? this.newId(), options.createdAt ? new Date(options.createdAt) : this.now(), fields),
        );
        article = created;
        if (created.slug === '' && created.headline !== '') created.slug = slugify(created.headline);
        // The import revision first: if the article file then cannot be written, it is taken back.
        const revision = options.revision ? await this.history.pending(created, options.revision, options.label ?? null) : null;
        await this.commitArticle(created, [revision]);
        this.reader.markChecked(created.id);
        return created;
      },
    );
  }

  /** `expectUpdatedAt`: refuse (code `changed`) if the stored article was saved since that version. */
  save(input: Article, expectUpdatedAt?: string): Promise<SaveResult> {
    return this.change(
      () => `save “${input.headline || 'Untitled'}”`,
      async () => {
        const { entry, previous } = await this.writable(input.id, 'editing');
        if (expectUpdatedAt !== undefined && entry.updatedAt !== expectUpdatedAt)
          throw new CopydeskError('changed', `“${entry.headline || 'Untitled'}” was saved again meanwhile; it was left as it is.`);
        const article: Article = {
          ...input,
          schemaVersion: SCHEMA_VERSION,
          createdAt: entry.createdAt,
          updatedAt: nextStamp(this.now(), entry.updatedAt),
        };
        if (article.slug === '') article.slug = slugify(article.headline);
        const typing = await this.history.beforeSave(article.id, async () => previous ?? (await this.reader.load(article.id)));
        return this.write(article, entry.status, [typing]);
      },
    );
  }

  /** A named version of the article as saved now; named versions are kept for ever. */
  saveVersion(id: string, label: string): Promise<RevisionMeta> {
    return this.change(
      () => `save the version “${label}”`,
      async () => {
        const name = versionLabel(label);
        const { previous } = await this.writable(id, 'saving a version');
        return this.history.snapshot(previous ?? (await this.reader.load(id)), 'label', name);
      },
    );
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
    return this.change(
      () => 'restore that version',
      async () => {
        const { entry, previous } = await this.writable(id, 'restoring a version');
        const current = previous ?? (await this.reader.load(id));
        const old = await this.history.revisions.get(id, revisionId);
        const kept = await this.history.pending(current, 'restore');
        return this.write(
          { ...restoredContent(current, old), schemaVersion: SCHEMA_VERSION, updatedAt: nextStamp(this.now(), entry.updatedAt) },
          entry.status,
          [kept],
        );
      },
    );
  }

  /** The entry as it stands after the file's first read this session, which may have upgraded it. */
  private async writable(id: string, action: string): Promise<{ entry: IndexEntry; previous: Article | null }> {
    requireEntry(this.index, id, 'live', `is in the trash. Restore it before ${action}.`);
    const previous = await this.reader.assertWritable(id);
    return { entry: requireEntry(this.index, id, 'live'), previous };
  }

  private async write(article: Article, previousStatus: Article['status'], pending: (RevisionMeta | null)[]): Promise<SaveResult> {
    return { article, entry: await writeWithRevisions(this.layout, this.index, this.history, article, previousStatus, pending) };
  }

  private commitArticle(article: Article, pending: (RevisionMeta | null)[]): Promise<IndexEntry> {
    return commitArticle(this.layout, this.index, this.history, article, pending);
  }

  trash(id: string): Promise<IndexEntry> {
    const headline = () => this.index.get(id)?.headline || 'Untitled';
    return this.change(
      () => `move “${headline()}” to the trash`,
      () => moveToTrash(this.layout, this.index, id, this.now()),
    );
  }

  restore(id: string): Promise<IndexEntry> {
    const headline = () => this.index.get(id)?.headline || 'Untitled';
    return this.change(
      () => `restore “${headline()}” from the trash`,
      () => moveOutOfTrash(this.layout, this.index, id),
    );
  }

  /** Only a trashed article can be deleted for ever, with its history; the UI confirms first. */
  deleteForever(id: string): Promise<void> {
    return this.change(
      () => `delete “${this.index.get(id)?.headline || 'Untitled'}”`,
      () => deleteTrashed(this.layout, this.index, this.history, id),
    );
  }

  /** Writes the index, clears the open marker (so the next open can trust library.json), and lets go of the lock. */
  async close(): Promise<void> {
    await (await this.closeKeepingLock())?.release();
  }

  /** Closes the store but hands its lock to the caller, who holds it across a restore and reopens with it. */
  closeKeepingLock(): Promise<LibraryLock | null> {
    if (this.closed) return Promise.resolve(null);
    this.closed = true;
    return this.queue.run(async () => {
      // A read-only library wrote no marker; a failed index write keeps the marker, so the next open rebuilds.
      if (this.cannotWrite === null) {
        const persisted = await this.index.persist().then(
          () => true,
          () => false,
        );
        if (persisted) await unlinkPath(this.layout.openMarker).catch(() => undefined);
      }
      const lock = this.lock;
      this.lock = null;
      return lock;
    });
  }
}
