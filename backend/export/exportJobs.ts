import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Article } from '../../core/article/schema';
import { slugify } from '../../core/article/slug';
import { CopydeskError, isCopydeskError } from '../../core/errors';
import type { ExportContext, ExportImage } from '../../core/export/exportTypes';
import { safeBaseName } from '../../formats/fileName';
import type { ArticleStore } from '../store/articleStore';
import type { AssetStore } from '../store/assetStore';
import { EXPORT_REGISTRY } from '../../formats/registry';
import { type ExportFileResult, type ExportFormat, type ExportJobStatus, type ExportRequest } from '../../core/export/exportJob';
import { exportArticle, type ExportDeps } from '../../formats/exporters';
import { writeExportFile } from './exportWriter';

interface Job {
  status: ExportJobStatus;
  paths: Array<string | null>;
}

/** Formats that point at the picture as a file beside them (HTML only when not embedding it). */
const REFERENCES_IMAGE_FILE = new Set<ExportFormat>(['md', 'nitf', 'ninjs']);

/**
 * Batch exports run in the main process as jobs: the renderer starts one, polls its progress, and may
 * cancel it between files. A file that fails is reported with its cause and the batch goes on.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly cancelled = new Set<string>();

  constructor(
    private readonly store: ArticleStore,
    private readonly assets: AssetStore,
    private readonly render: ExportDeps,
    private readonly now: () => Date = () => new Date(),
  ) {}

  start(folder: string, request: ExportRequest): ExportJobStatus {
    const jobId = randomUUID();
    const status: ExportJobStatus = {
      jobId,
      folder,
      total: request.articleIds.length * request.formats.length,
      done: 0,
      finished: false,
      cancelled: false,
      results: [],
    };
    const job: Job = { status, paths: [] };
    this.jobs.set(jobId, job);
    void this.run(job, request);
    return { ...status };
  }

  /** For the CLI and tests: the same job, awaited to the end. */
  async runToCompletion(folder: string, request: ExportRequest): Promise<ExportJobStatus> {
    const { jobId } = this.start(folder, request);
    while (!this.jobs.get(jobId)!.status.finished) await new Promise((r) => setTimeout(r, 5));
    return this.status(jobId);
  }

  status(jobId: string): ExportJobStatus {
    const job = this.jobs.get(jobId);
    if (!job) throw new CopydeskError('not_found', 'That export is no longer known; start it again.');
    return { ...job.status, results: [...job.status.results] };
  }

  cancel(jobId: string): void {
    this.cancelled.add(jobId);
  }

  /** The written file behind a result, for "Show in folder"; the renderer never sees paths it could send back. */
  pathOf(jobId: string, index: number): string | null {
    return this.jobs.get(jobId)?.paths[index] ?? null;
  }

  private async run(job: Job, request: ExportRequest): Promise<void> {
    const { status } = job;
    try {
      for (const articleId of request.articleIds) {
        if (this.cancelled.has(status.jobId)) break;
        await this.exportArticle(job, articleId, request);
      }
    } finally {
      status.cancelled = this.cancelled.has(status.jobId);
      status.finished = true;
    }
  }

  private async exportArticle(job: Job, articleId: string, request: ExportRequest): Promise<void> {
    const record = (result: ExportFileResult, path: string | null = null) => {
      job.status.results.push(result);
      job.paths.push(path);
    };
    let article: Article;
    try {
      article = await this.store.get(articleId);
    } catch (error) {
      for (const format of request.formats) record({ articleId, headline: '', format, error: messageOf(error) });
      job.status.done += request.formats.length;
      return;
    }
    const base = safeBaseName(article.slug || slugify(article.headline) || article.id);
    const context = await this.contextFor(article, base, request, job, record);
    for (const format of request.formats) {
      if (this.cancelled.has(job.status.jobId)) return;
      try {
        const data = await exportArticle(format, article, context, request.options, this.render);
        const path = await writeExportFile(job.status.folder, base, EXPORT_REGISTRY[format].extension, data, request.onExists);
        record({ articleId, headline: article.headline, format, fileName: path.slice(job.status.folder.length + 1) }, path);
      } catch (error) {
        record({ articleId, headline: article.headline, format, error: messageOf(error) });
      }
      job.status.done += 1;
      // Keep the main process answering the window between files of a long batch.
      await yieldToEventLoop();
    }
  }

  private async contextFor(
    article: Article,
    base: string,
    request: ExportRequest,
    job: Job,
    record: (r: ExportFileResult, p?: string | null) => void,
  ): Promise<ExportContext> {
    const context: ExportContext = { now: this.now(), articleHref: (id) => this.articleHref(id) };
    const asset = article.leadImage?.asset;
    if (!asset) return context;
    try {
      const { bytes, mimeType } = await this.assets.read(asset);
      const extension = asset.slice(asset.lastIndexOf('.') + 1);
      const image: ExportImage = { href: `${base}-lead.${extension}`, mimeType: mimeType as ExportImage['mimeType'], bytes };
      const needsFile = request.formats.some((f) =>
        f === 'html' ? request.options.imageMode === 'alongside' : REFERENCES_IMAGE_FILE.has(f),
      );
      if (needsFile) {
        const path = await writeExportFile(job.status.folder, `${base}-lead`, extension, bytes, request.onExists);
        image.href = path.slice(job.status.folder.length + 1);
        record({ articleId: article.id, headline: article.headline, format: 'image', fileName: image.href }, path);
      }
      return { ...context, image };
    } catch (error) {
      record({ articleId: article.id, headline: article.headline, format: 'image', error: messageOf(error) });
      return context;
    }
  }

  private articleHref(id: string): string | null {
    const entry = this.store.list().find((e) => e.id === id);
    return entry ? `${safeBaseName(entry.slug || slugify(entry.headline) || entry.id)}.html` : null;
  }
}

function messageOf(error: unknown): string {
  return isCopydeskError(error) ? error.message : error instanceof Error ? error.message : String(error);
}
