import type { Worker } from 'node:worker_threads';
import type { Article } from '../../core/article/schema';
import { FIND_TIME_LIMIT_MS, FIND_TOO_SLOW } from '../../core/checks/find';
import type { LibraryFindQuery, LibraryFindResult } from '../../core/checks/replace/libraryFind';
import { CopydeskError } from '../../core/errors';
import { spawnBackendWorker } from '../workerThreads';
import type { FindWorkerMessage, FindWorkerRequest, LibraryArticleRef } from './findProtocol';

export interface LibraryFinderOptions {
  dataDir: string;
  /** The live articles now (the trash is never searched). */
  live: () => readonly LibraryArticleRef[];
  spawn?: () => Worker;
  /** Silence longer than this stops the search (tests shorten it). */
  stallMs?: number;
  /** A worker started from source (tsx) may take seconds to load; its first word starts the stall clock. */
  startMs?: number;
  /** An idle worker lets its cached text go after this long. */
  idleMs?: number;
}

interface Running {
  seq: number;
  done: number;
  total: number;
  settle(outcome: { ok: true; result: LibraryFindResult } | { ok: false; error: Error }): void;
}

/**
 * Library-wide find for the main thread. The search runs in a worker thread (findWorker.ts) that reports
 * progress every 50 ms; when it falls silent for FIND_TIME_LIMIT_MS (a backtracking pattern on one
 * article) or the user cancels, the thread is terminated and the next search starts a fresh one. One
 * search at a time: a new one cancels the old.
 */
export class LibraryFinder {
  private worker: Worker | null = null;
  private running: Running | null = null;
  private seq = 0;
  private watchdog: ReturnType<typeof setTimeout> | null = null;
  private idle: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: LibraryFinderOptions) {}

  private warming: Promise<unknown> | null = null;

  private liveRefs(): LibraryArticleRef[] {
    return this.options.live().map(({ id, updatedAt }) => ({ id, updatedAt }));
  }

  /** Reads the library's text into the worker ahead of the first search; a search asked meanwhile waits for it. */
  warm(): void {
    if (this.running || this.warming) return;
    const warming = this.run({ op: 'warm', seq: 0, dataDir: this.options.dataDir, articles: this.liveRefs() }).catch(() => undefined);
    this.warming = warming;
    void warming.finally(() => {
      if (this.warming === warming) this.warming = null;
    });
  }

  /** Every live article's chosen fields, read from disk (the worker keeps text it has read). */
  async findInLibrary(query: LibraryFindQuery): Promise<LibraryFindResult> {
    if (this.warming) {
      const cancels = this.cancels;
      await this.warming;
      // Cancel pressed while the text was still being read cancels this search too.
      if (this.cancels !== cancels) throw new CopydeskError('find_cancelled', 'Search cancelled.');
    }
    return this.run({ op: 'library', seq: 0, dataDir: this.options.dataDir, articles: this.liveRefs(), query });
  }

  /** The same search over articles the caller has loaded (the apply checks each match against the stored text). */
  findInArticles(articles: Article[], query: LibraryFindQuery): Promise<LibraryFindResult> {
    return this.run({ op: 'articles', seq: 0, articles, query });
  }

  progress(): { done: number; total: number } | null {
    return this.running ? { done: this.running.done, total: this.running.total } : null;
  }

  private cancels = 0;

  cancel(): boolean {
    if (!this.running) return false;
    this.cancels += 1;
    this.stop(new CopydeskError('find_cancelled', 'Search cancelled.'));
    return true;
  }

  close(): void {
    this.stop(new CopydeskError('find_cancelled', 'The library closed before the search finished.'));
    if (this.idle) clearTimeout(this.idle);
  }

  private run(request: FindWorkerRequest): Promise<LibraryFindResult> {
    this.cancel();
    const worker = this.ensureWorker();
    const seq = ++this.seq;
    return new Promise<LibraryFindResult>((resolve, reject) => {
      this.running = {
        seq,
        done: 0,
        total: request.articles.length,
        settle: (outcome) => (outcome.ok ? resolve(outcome.result) : reject(outcome.error)),
      };
      this.arm(this.options.startMs ?? 30_000);
      worker.ref();
      worker.postMessage({ ...request, seq });
    });
  }

  private ensureWorker(): Worker {
    if (this.idle) clearTimeout(this.idle);
    if (this.worker) return this.worker;
    const worker = (this.options.spawn ?? (() => spawnBackendWorker(import.meta.url, 'findWorker')))();
    worker.on('message', (message: FindWorkerMessage) => this.heard(message));
    worker.on(
      'error',
      (error) => this.worker === worker && this.stop(new CopydeskError('find_failed', `The search failed: ${error.message}`)),
    );
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      if (this.running) this.finish({ ok: false, error: new CopydeskError('find_failed', 'The search stopped unexpectedly. Try again.') });
    });
    this.worker = worker;
    return worker;
  }

  private heard(message: FindWorkerMessage): void {
    const running = this.running;
    if (!running || message.seq !== running.seq) return;
    if (message.kind === 'progress') {
      running.done = message.done;
      running.total = message.total;
      this.arm(this.options.stallMs ?? FIND_TIME_LIMIT_MS);
      return;
    }
    if (message.kind === 'result') this.finish({ ok: true, result: message.result });
    else this.finish({ ok: false, error: new CopydeskError('find_failed', message.message) });
  }

  private arm(ms: number): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => this.stop(new CopydeskError('find_too_slow', FIND_TOO_SLOW)), ms);
  }

  private finish(outcome: Parameters<Running['settle']>[0]): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = null;
    const running = this.running;
    this.running = null;
    running?.settle(outcome);
    // Kept warm for the next search while the journalist refines it; its cached text goes when idle.
    if (this.worker) {
      const worker = this.worker;
      // Idle, the thread must not keep a CLI or a test process alive.
      worker.unref();
      this.idle = setTimeout(() => this.worker === worker && this.terminate(), this.options.idleMs ?? 120_000);
      this.idle.unref?.();
    }
  }

  /** Ends the running search with `error` and the thread with it (a stalled thread cannot be asked to stop). */
  private stop(error: Error): void {
    if (this.running) this.finish({ ok: false, error });
    this.terminate();
  }

  private terminate(): void {
    const worker = this.worker;
    this.worker = null;
    if (this.idle) clearTimeout(this.idle);
    void worker?.terminate();
  }
}
