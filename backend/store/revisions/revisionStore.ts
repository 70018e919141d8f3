import { mkdir, readdir, rm, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Article, ArticleStatus } from '../../../core/article/schema';
import { CopydeskError } from '../../../core/errors';
import { interpretArticleJson } from '../../../core/history/articleJson';
import type { ArticleMigration } from '../../../core/history/migrations';
import { selectRevisionsToPrune, type RetentionPolicy } from '../../../core/history/retention';
import {
  newestFirst,
  revisionIdFor,
  REVISION_ID_PATTERN,
  type RevisionMeta,
  type RevisionReason,
} from '../../../core/history/revisionMeta';
import { fsyncDirectory, isTempFileName } from '../durableWrite';
import { quarantineFile } from '../quarantine';
import {
  readRevisionFile,
  readRevisionIndex,
  revisionFileName,
  revisionIdOfFile,
  writeRevisionFile,
  writeRevisionIndex,
} from './revisionFiles';

export interface SnapshotInfo {
  reason: RevisionReason;
  label: string | null;
  status: ArticleStatus;
  words: number;
  articleUpdatedAt: string;
}

/**
 * revisions/<articleId>/: one durable file per revision and a small index.json listing them. The files
 * are the truth: the index is reconciled with a readdir the first time an article's history is used in a
 * session, so a crash between writing a revision and its index line loses nothing. Callers run every
 * method inside the store's write queue.
 */
export class RevisionStore {
  /** Per article, newest first; loaded on first use, which is one readdir and one small read. */
  private readonly cache = new Map<string, RevisionMeta[]>();

  constructor(
    private readonly root: string,
    private readonly quarantineDir: string,
    private readonly now: () => Date,
    private readonly policy: RetentionPolicy,
    private readonly migrations: readonly ArticleMigration[],
  ) {}

  async list(articleId: string): Promise<RevisionMeta[]> {
    return [...(await this.load(articleId))];
  }

  async latest(articleId: string): Promise<RevisionMeta | undefined> {
    return (await this.load(articleId))[0];
  }

  /** The snapshot as an Article of today's shape (older snapshots are upgraded on the way out). */
  async get(articleId: string, revisionId: string): Promise<Article> {
    const missing = new CopydeskError('not_found', 'That version is no longer in the article’s history. Refresh the list of versions.');
    if (!REVISION_ID_PATTERN.test(revisionId) || !(await this.load(articleId)).some((m) => m.revisionId === revisionId)) throw missing;
    const dir = join(this.root, articleId);
    const file = await readRevisionFile(dir, revisionId, articleId).catch(() => null);
    if (file === null) throw missing;
    if ('unreadable' in file) {
      await this.quarantine(articleId, revisionId, file.unreadable);
      throw new CopydeskError('io', `That version could not be read and was moved to quarantine: ${file.unreadable}`);
    }
    const result = interpretArticleJson(file.article, this.migrations);
    if (result.kind === 'unreadable') throw new CopydeskError('io', `That version could not be read: ${result.reason}`);
    if (result.article === null)
      throw new CopydeskError('read_only', 'That version was saved by a newer version of Copydesk. Update Copydesk to open it.');
    return result.article;
  }

  /** Writes a revision, then prunes by the retention policy. `snapshot` is kept as given (an Article, or a migrated file's original JSON). */
  async record(articleId: string, snapshot: unknown, info: SnapshotInfo): Promise<RevisionMeta> {
    const metas = await this.load(articleId);
    const dir = join(this.root, articleId);
    // createdAt strictly increases per article, so "newest" never depends on the random part of the id.
    const previous = metas[0] ? Date.parse(metas[0].createdAt) : Number.NEGATIVE_INFINITY;
    const at = new Date(Math.max(this.now().getTime(), previous + 1));
    const meta: RevisionMeta = {
      revisionId: revisionIdFor(at, randomBytes(3).toString('hex')),
      articleId,
      createdAt: at.toISOString(),
      ...info,
    };
    // A new folder's own entry must reach the disk too, or a power cut could lose the whole history.
    if ((await mkdir(dir, { recursive: true })) !== undefined) await fsyncDirectory(this.root);
    await writeRevisionFile(dir, { revision: meta, article: snapshot });
    const next = [meta, ...metas];
    const prune = new Set(selectRevisionsToPrune(next, this.now(), this.policy));
    for (const revisionId of prune) await unlink(join(dir, revisionFileName(revisionId))).catch(ignoreMissing);
    if (prune.size > 0) await fsyncDirectory(dir);
    const kept = next.filter((m) => !prune.has(m.revisionId));
    this.cache.set(articleId, kept);
    await writeRevisionIndex(dir, kept);
    return meta;
  }

  /** Deleting an article for ever deletes its history too: "for ever" has to mean it. */
  async removeAll(articleId: string): Promise<void> {
    await rm(join(this.root, articleId), { recursive: true, force: true });
    await fsyncDirectory(this.root).catch(ignoreMissing);
    this.cache.delete(articleId);
  }

  private async load(articleId: string): Promise<RevisionMeta[]> {
    const cached = this.cache.get(articleId);
    if (cached) return cached;
    const dir = join(this.root, articleId);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      ignoreMissing(error);
      this.cache.set(articleId, []);
      return [];
    }
    const onDisk = new Set<string>();
    for (const name of names) {
      if (isTempFileName(name)) await unlink(join(dir, name)).catch(ignoreMissing);
      const id = revisionIdOfFile(name);
      if (id) onDisk.add(id);
    }
    const indexed = await readRevisionIndex(dir);
    const metas = (indexed ?? []).filter((m) => onDisk.has(m.revisionId) && m.articleId === articleId);
    let changed = indexed === null || metas.length !== indexed.length;
    const known = new Set(metas.map((m) => m.revisionId));
    for (const revisionId of onDisk) {
      if (known.has(revisionId)) continue;
      changed = true;
      const file = await readRevisionFile(dir, revisionId, articleId);
      if ('unreadable' in file) await this.quarantine(articleId, revisionId, file.unreadable);
      else metas.push(file.revision);
    }
    metas.sort(newestFirst);
    if (changed) await writeRevisionIndex(dir, metas);
    this.cache.set(articleId, metas);
    return metas;
  }

  private async quarantine(articleId: string, revisionId: string, reason: string): Promise<void> {
    await quarantineFile(this.quarantineDir, join(this.root, articleId, revisionFileName(revisionId)), reason, this.now());
    const cached = this.cache.get(articleId);
    if (cached)
      this.cache.set(
        articleId,
        cached.filter((m) => m.revisionId !== revisionId),
      );
  }
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
