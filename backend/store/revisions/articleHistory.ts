import type { Article } from '../../../core/article/schema';
import type { ArticleMigration } from '../../../core/history/migrations';
import type { RetentionPolicy } from '../../../core/history/retention';
import type { RevisionMeta, RevisionReason } from '../../../core/history/revisionMeta';
import { isBlankArticle, typingRevisionDue } from '../../../core/history/revisionRules';
import { articleStats } from '../../../core/text/stats';
import type { LoadedArticle } from './articleLoader';
import { RevisionStore } from './revisionStore';

export interface HistoryOptions {
  typingIntervalMs: number;
  retention: RetentionPolicy;
  migrations: readonly ArticleMigration[];
}

/**
 * When the store takes a revision. Typing saves snapshot the PREVIOUS saved content (before it is
 * overwritten) at most once per interval, so any save can be rolled back to within that interval.
 * Status changes, labels and restores are milestones and always snapshot.
 */
export class ArticleHistory {
  readonly revisions: RevisionStore;

  constructor(
    root: string,
    quarantineDir: string,
    private readonly now: () => Date,
    private readonly options: HistoryOptions,
  ) {
    this.revisions = new RevisionStore(root, quarantineDir, now, options.retention, options.migrations);
  }

  /** Before a save overwrites the file. Reads the previous content only when a revision is due. */
  async beforeSave(id: string, loadPrevious: () => Promise<Article>): Promise<RevisionMeta | null> {
    const last = await this.revisions.latest(id);
    if (!typingRevisionDue(last, this.now(), this.options.typingIntervalMs)) return null;
    const previous = await loadPrevious();
    // Already in the history (a milestone was just taken of it), or nothing worth rolling back to.
    if (last?.articleUpdatedAt === previous.updatedAt || isBlankArticle(previous)) return null;
    return this.pending(previous, 'typing');
  }

  /**
   * The state an article reaches when its status changes ("what was filed" stays recoverable), taken
   * before the article file is written, so a failure of that write can undo it (discard).
   */
  async beforeWrite(previousStatus: Article['status'], next: Article): Promise<RevisionMeta | null> {
    return previousStatus !== next.status ? this.pending(next, 'status') : null;
  }

  /** A revision that the caller settles (prune) once its operation is complete, or discards if it failed. */
  pending(article: Article, reason: RevisionReason, label: string | null = null): Promise<RevisionMeta> {
    return this.revisions.record(article.id, article, {
      reason,
      label,
      status: article.status,
      words: articleStats(article).words,
      articleUpdatedAt: article.updatedAt,
    });
  }

  /** Undoes pending revisions, newest first, after a later step failed. */
  async discard(metas: readonly (RevisionMeta | null)[]): Promise<void> {
    for (const meta of [...metas].reverse()) if (meta) await this.revisions.discard(meta);
  }

  settle(articleId: string): Promise<void> {
    return this.revisions.prune(articleId);
  }

  /** A revision on its own (a named version, an import): taken, then the history pruned. */
  async snapshot(article: Article, reason: RevisionReason, label: string | null = null): Promise<RevisionMeta> {
    const meta = await this.pending(article, reason, label);
    await this.settle(article.id);
    return meta;
  }

  /** Keeps an older file, exactly as parsed, before its upgrade replaces it; once, even if a crash makes the upgrade run again. */
  async keepOriginal(loaded: Extract<LoadedArticle, { kind: 'older' }>): Promise<void> {
    const last = await this.revisions.latest(loaded.id);
    if (last?.reason === 'migration' && last.articleUpdatedAt === loaded.article.updatedAt) return;
    const { article } = loaded;
    await this.revisions.record(loaded.id, loaded.original, {
      reason: 'migration',
      label: null,
      status: article.status,
      words: articleStats(article).words,
      articleUpdatedAt: article.updatedAt,
    });
    await this.revisions.prune(loaded.id);
  }
}
