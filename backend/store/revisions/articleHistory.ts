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
  async beforeSave(id: string, loadPrevious: () => Promise<Article>): Promise<void> {
    const last = await this.revisions.latest(id);
    if (!typingRevisionDue(last, this.now(), this.options.typingIntervalMs)) return;
    const previous = await loadPrevious();
    // Already in the history (a milestone was just taken of it), or nothing worth rolling back to.
    if (last?.articleUpdatedAt === previous.updatedAt || isBlankArticle(previous)) return;
    await this.snapshot(previous, 'typing');
  }

  /** The state an article reached when its status changed: "what was filed" stays recoverable. */
  async afterSave(previousStatus: Article['status'], saved: Article): Promise<void> {
    if (previousStatus !== saved.status) await this.snapshot(saved, 'status');
  }

  snapshot(article: Article, reason: RevisionReason, label: string | null = null): Promise<RevisionMeta> {
    return this.revisions.record(article.id, article, {
      reason,
      label,
      status: article.status,
      words: articleStats(article).words,
      articleUpdatedAt: article.updatedAt,
    });
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
  }
}
